namespace Formcast.Formats.Sheets.Internal;

/// <summary>A record mapping bound to the sheet's header; null field plans are fields the mapping does not give.</summary>
internal sealed record RecordPlan(SheetRecordMapping Mapping, IReadOnlyDictionary<string, FieldPlan> Fields)
{
    public FieldPlan? this[string name] => Fields.TryGetValue(name, out var plan) ? plan : null;
}
