namespace Formcast.Core;

/// <summary>The recording device, as its file describes it.</summary>
/// <param name="Manufacturer">Manufacturer name, e.g. "garmin", "wahoo", or the numeric id when unknown.</param>
/// <param name="Product">Product name or number, e.g. "fenix5".</param>
/// <param name="SerialNumber">Serial number, when the file gives one; used to map a device to an athlete.</param>
/// <param name="SoftwareVersion">Firmware version, when given.</param>
public sealed record DeviceInfo(string? Manufacturer, string? Product, string? SerialNumber = null, string? SoftwareVersion = null)
{
    public override string ToString() =>
        string.Join(' ', new[] { Manufacturer, Product, SerialNumber is null ? null : $"#{SerialNumber}" }.Where(s => !string.IsNullOrEmpty(s)));
}
