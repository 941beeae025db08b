namespace Formcast.Formats.Gpx.Internal;

/// <summary>
/// Great-circle distance by the haversine formula (R. W. Sinnott, "Virtues of the Haversine", Sky and Telescope
/// 68(2):159, 1984) on a sphere of the IUGG mean Earth radius R1 = 6 371 008.8 m (H. Moritz, "Geodetic Reference
/// System 1980", Journal of Geodesy 74:128–133, 2000). Within 0.5 % of the WGS84 ellipsoidal distance.
/// </summary>
internal static class Haversine
{
    public const double MeanEarthRadiusMeters = 6_371_008.8;

    public static double DistanceMeters(double lat1Degrees, double lon1Degrees, double lat2Degrees, double lon2Degrees)
    {
        const double toRadians = Math.PI / 180;
        var phi1 = lat1Degrees * toRadians;
        var phi2 = lat2Degrees * toRadians;
        var dPhi = phi2 - phi1;
        var dLambda = (lon2Degrees - lon1Degrees) * toRadians;
        var sinPhi = Math.Sin(dPhi / 2);
        var sinLambda = Math.Sin(dLambda / 2);
        var h = (sinPhi * sinPhi) + (Math.Cos(phi1) * Math.Cos(phi2) * sinLambda * sinLambda);
        return 2 * MeanEarthRadiusMeters * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}
