namespace Formcast.Formats.Sheets.Internal;

/// <summary>A field of a record mapping bound to the sheet: its definition, spec, column (or constant) and units.</summary>
internal sealed record FieldPlan(FieldDef Def, ColumnSpec Spec, int ColumnIndex, string? HeaderName, string? SheetUnit)
{
    public bool IsConstant => Spec.Constant is not null;

    public bool Required => Spec.Required ?? Def.Required;
}

