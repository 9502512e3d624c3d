namespace Inventory.Api.Mail;

/// <summary>The mail server could not be reached or refused the message; the message says which and why, never a secret.</summary>
public class MailDeliveryFailed(string message, Exception? inner) : Exception(message, inner);

/// <summary>Mail is disabled (or in console mode outside development): nothing was tried.</summary>
public sealed class MailNotSetUp() : MailDeliveryFailed("E-mail is not set up: an administrator chooses SMTP in the settings before any mail is sent.", null);
