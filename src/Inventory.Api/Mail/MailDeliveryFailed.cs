namespace Inventory.Api.Mail;

/// <summary>The mail server could not be reached or refused the message; the message says which and why, never a secret.</summary>
public sealed class MailDeliveryFailed(string message, Exception inner) : Exception(message, inner);
