namespace Formcast.Core;

/// <summary>
/// Marks a domain property that holds personal or health details (names, injury details, medical notes,
/// wellness free text). Stores pass such values through their field protector, keyed per athlete, so that
/// encryption and crypto-shredding apply to exactly these fields.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class SensitiveAttribute : Attribute;
