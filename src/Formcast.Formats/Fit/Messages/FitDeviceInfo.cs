namespace Formcast.Formats.Fit;

/// <summary>Typed view of a <c>device_info</c> message (23): the recording device (index 0) or a sensor.</summary>
public readonly struct FitDeviceInfo(FitMessage message)
{
    public FitMessage Message { get; } = FitMessageNumbers.Require(message, FitMessageNumbers.DeviceInfo);

    public DateTimeOffset? Timestamp => Message.Timestamp;

    /// <summary>0 = the creator (the device that wrote the file).</summary>
    public int? DeviceIndex => (int?)Message.GetRaw(0);

    public int? DeviceType => (int?)Message.GetRaw(1);

    public int? Manufacturer => (int?)Message.GetRaw(2);

    public uint? SerialNumber => (uint?)Message.GetRaw(3);

    public int? Product => (int?)Message.GetRaw(4);

    /// <summary>Software version (raw / 100, e.g. 4.2).</summary>
    public double? SoftwareVersion => Message.GetValue(5);

    public int? HardwareVersion => (int?)Message.GetRaw(6);

    public double? BatteryVoltage => Message.GetValue(10);

    public string? ProductName => Message.GetString(27);
}
