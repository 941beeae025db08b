namespace Formcast.Formats.Fit.Internal;

/// <summary>
/// The FIT profile known to this decoder: message and field tables (see <c>FitProfile.Messages.cs</c>) indexed by
/// global message number and field number. Fields and messages not listed are decoded generically.
/// </summary>
internal static partial class FitProfile
{
    private static readonly Dictionary<ushort, FitMessageProfile> ByNumber = Index(BuildMessages());

    /// <summary>Number of accumulated fields in the profile (each gets one accumulator slot).</summary>
    public static int AccumulatorCount { get; private set; }

    /// <summary>The profile of a global message number, or null when the message is not in the profile.</summary>
    public static FitMessageProfile? Message(ushort globalNumber) =>
        ByNumber.TryGetValue(globalNumber, out var profile) ? profile : null;

    /// <summary>All known messages.</summary>
    public static IEnumerable<FitMessageProfile> Messages => ByNumber.Values;

    /// <summary>The profile name of a message, or <c>unknown_N</c>.</summary>
    public static string MessageName(ushort globalNumber) =>
        Message(globalNumber)?.Name ?? "unknown_" + globalNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Dictionary<ushort, FitMessageProfile> Index(FitMessageProfile[] messages)
    {
        var next = 0;
        foreach (var message in messages)
        {
            foreach (var field in message.Fields)
            {
                if (!field.IsAccumulated) continue;
                field.AccumulatorId = next++;
                field.AccumulatingComponent = message.Fields.SelectMany(f => f.Components).FirstOrDefault(c => c.Target == field);
            }
        }

        AccumulatorCount = next;
        return messages.ToDictionary(m => m.Number);
    }

    private static FitMessageProfile M(ushort number, string name, params FitFieldProfile[] fields) => new(number, name, fields);

    private static FitFieldProfile F(
        byte number,
        string name,
        FitBaseType baseType,
        string profileType,
        double scale,
        double offset,
        string units,
        bool array = false,
        bool accumulated = false,
        FitComponentProfile[]? components = null,
        FitSubFieldProfile[]? subFields = null) =>
        new(number, name, baseType, profileType, scale, offset, units, array, accumulated, components ?? [], subFields ?? []);

    private static FitComponentProfile C(string target, int bits, double scale, double offset) => new(target, bits, scale, offset);

    private static FitSubFieldProfile S(
        string name, string profileType, double scale, string units, (byte Field, long Value)[] selectors, FitComponentProfile[]? components) =>
        new(name, profileType, scale, units, selectors, components ?? []);
}

/// <summary>One message of the FIT profile.</summary>
internal sealed class FitMessageProfile
{
    private readonly FitFieldProfile?[] _byNumber = new FitFieldProfile?[256];

    public FitMessageProfile(ushort number, string name, FitFieldProfile[] fields)
    {
        Number = number;
        Name = name;
        Fields = fields;
        foreach (var field in fields) _byNumber[field.Number] = field;
        foreach (var field in fields)
        {
            foreach (var component in field.Components) component.Resolve(this);
            foreach (var sub in field.SubFields)
            {
                foreach (var component in sub.Components) component.Resolve(this);
            }
        }
    }

    public ushort Number { get; }

    public string Name { get; }

    public IReadOnlyList<FitFieldProfile> Fields { get; }

    public FitFieldProfile? Field(byte number) => _byNumber[number];

    public FitFieldProfile? Field(string name)
    {
        foreach (var field in Fields)
        {
            if (field.Name == name) return field;
        }

        return null;
    }
}

/// <summary>One field of a profile message: type, scale/offset/units, components and sub-fields.</summary>
internal sealed class FitFieldProfile(
    byte number,
    string name,
    FitBaseType baseType,
    string profileType,
    double scale,
    double offset,
    string units,
    bool isArray,
    bool isAccumulated,
    FitComponentProfile[] components,
    FitSubFieldProfile[] subFields)
{
    public byte Number { get; } = number;

    public string Name { get; } = name;

    public FitBaseType BaseType { get; } = baseType;

    /// <summary>The profile type name, e.g. "date_time", "sport", "uint16".</summary>
    public string ProfileType { get; } = profileType;

    public double Scale { get; } = scale;

    public double Offset { get; } = offset;

    public string Units { get; } = units;

    public bool IsArray { get; } = isArray;

    /// <summary>True when components targeting this field accumulate across messages (e.g. record.distance).</summary>
    public bool IsAccumulated { get; } = isAccumulated;

    public FitComponentProfile[] Components { get; } = components;

    public FitSubFieldProfile[] SubFields { get; } = subFields;

    public bool IsDateTime => ProfileType is "date_time" or "local_date_time";

    /// <summary>Accumulator slot of an accumulated field, or -1.</summary>
    public int AccumulatorId { get; set; } = -1;

    /// <summary>The component that accumulates into this field; its scale converts direct values into component units.</summary>
    public FitComponentProfile? AccumulatingComponent { get; set; }
}

/// <summary>
/// A component of a bit-packed container field: the next <see cref="Bits"/> bits (LSB first) expand into the target
/// field, after undoing the component's own scale and offset.
/// </summary>
internal sealed class FitComponentProfile(string targetName, int bits, double scale, double offset)
{
    public string TargetName { get; } = targetName;

    public int Bits { get; } = bits;

    public double Scale { get; } = scale;

    public double Offset { get; } = offset;

    public FitFieldProfile Target { get; private set; } = null!;

    public void Resolve(FitMessageProfile message) =>
        Target = message.Field(TargetName) ?? throw new InvalidOperationException($"component target {message.Name}.{TargetName} is not in the profile");
}

/// <summary>An alternative reading of a field, active when another field of the message has one of the selector values.</summary>
internal sealed class FitSubFieldProfile(
    string name, string profileType, double scale, string units, (byte Field, long Value)[] selectors, FitComponentProfile[] components)
{
    public string Name { get; } = name;

    public string ProfileType { get; } = profileType;

    public double Scale { get; } = scale;

    public string Units { get; } = units;

    public (byte Field, long Value)[] Selectors { get; } = selectors;

    public FitComponentProfile[] Components { get; } = components;
}
