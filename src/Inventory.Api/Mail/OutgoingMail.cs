namespace Inventory.Api.Mail;

/// <summary>One plain-text message from the product to one person; the sender comes from the e-mail settings.</summary>
public sealed record OutgoingMail(string To, string Subject, string Text);
