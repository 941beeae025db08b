using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Formcast.Learning;

namespace Formcast.Workflows.Predictions.Monitoring;

/// <summary>
/// SHA-256 of a training set — feature names, then every feature value, target, group and time in row order, as
/// little-endian IEEE doubles — so a registered model names exactly the data it learned from: the same rows in the
/// same order give the same hash, any changed value a different one.
/// </summary>
internal static class DataFingerprint
{
    public static string Sha256(Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var name in data.FeatureNames)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(name));
            hash.AppendData([0]);
        }

        var buffer = new byte[8];
        void Add(double value)
        {
            BinaryPrimitives.WriteDoubleLittleEndian(buffer, value);
            hash.AppendData(buffer);
        }

        for (var r = 0; r < data.Rows; r++)
        {
            foreach (var v in data.Features.Row(r)) Add(v);
            Add(data.Target[r]);
            Add(data.Groups?[r] ?? double.NaN);
            Add(data.Time?[r] ?? double.NaN);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
