namespace Formcast.Formats.Sheets.Internal;

/// <summary>How a field's text is read.</summary>
internal enum FieldType
{
    Number = 0,
    Date = 1,
    Text = 2,
    Severity = 3,
    TestKind = 4,
    InjuryList = 5,
}
