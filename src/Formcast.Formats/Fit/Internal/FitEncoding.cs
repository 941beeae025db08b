namespace Formcast.Formats.Fit.Internal;

/// <summary>Building blocks shared by the activity and workout writers.</summary>
internal static class FitEncoding
{
    /// <summary>Manufacturer "development" (255), the FIT profile's value for files written by non-device software.</summary>
    public const int DevelopmentManufacturer = 255;

    public static FitMessageData FileId(int fileType, DateTimeOffset? created, int manufacturer = DevelopmentManufacturer, int? product = null, uint? serial = null)
    {
        var fields = new List<FitFieldData>
        {
            FitFieldData.Integer(0, FitBaseType.Enum, fileType),
            FitFieldData.Integer(1, FitBaseType.UInt16, manufacturer),
        };
        if (product is { } p) fields.Add(FitFieldData.Integer(2, FitBaseType.UInt16, p));
        if (serial is { } s) fields.Add(FitFieldData.Integer(3, FitBaseType.UInt32Z, s));
        if (created is { } c) fields.Add(FitFieldData.Integer(4, FitBaseType.UInt32, Seconds(c)));
        return new FitMessageData { GlobalNumber = FitMessageNumbers.FileId, Fields = fields };
    }

    /// <summary>Whole seconds since the FIT epoch.</summary>
    public static long Seconds(DateTimeOffset time) => (long)Math.Round(FitTime.ToFitSeconds(time));
}
