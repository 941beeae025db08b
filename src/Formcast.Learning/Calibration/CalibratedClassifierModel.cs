namespace Formcast.Learning.Calibration;

/// <summary>A fitted <see cref="CalibratedClassifier"/>: the mean of its members' calibrated probabilities.</summary>
public sealed class CalibratedClassifierModel : IClassifier
{
    public const string KindName = "calibrated-classifier";

    private const int IsotonicTag = 1;
    private const int SigmoidTag = 2;

    private readonly double[] _classes;
    private readonly CalibratedMember[] _members;

    internal CalibratedClassifierModel(double[] classes, IReadOnlyList<CalibratedMember> members)
    {
        _classes = classes;
        _members = [.. members];
    }

    public string Kind => KindName;

    public int FeatureCount => _members[0].Model.FeatureCount;

    public IReadOnlyList<double> Classes => _classes;

    /// <summary>Number of (classifier, calibrator) pairs averaged.</summary>
    public int Members => _members.Length;

    public void PredictProbabilities(ReadOnlySpan<double> features, Span<double> probabilities)
    {
        var k = _classes.Length;
        Span<double> raw = stackalloc double[k];
        Span<double> member = stackalloc double[k];
        Span<double> own = stackalloc double[k];
        probabilities[..k].Clear();
        foreach (var m in _members)
        {
            raw.Clear();
            var ownClasses = m.Model.Classes;
            m.Model.PredictProbabilities(features, own[..ownClasses.Count]);
            for (var j = 0; j < ownClasses.Count; j++) raw[Array.BinarySearch(_classes, ownClasses[j])] = own[j];
            Calibrate(m.Maps, raw, member);
            for (var j = 0; j < k; j++) probabilities[j] += member[j];
        }

        for (var j = 0; j < k; j++) probabilities[j] /= _members.Length;
    }

    /// <summary>scikit-learn's <c>_CalibratedClassifier.predict_proba</c> normalisation, including its snap of values
    /// in (1, 1 + 1e-5] to 1.</summary>
    private void Calibrate(IProbabilityMap[] maps, ReadOnlySpan<double> raw, Span<double> result)
    {
        var k = _classes.Length;
        if (k == 2)
        {
            result[1] = maps[0].Map(raw[1]);
            result[0] = 1 - result[1];
        }
        else
        {
            double sum = 0;
            for (var j = 0; j < k; j++)
            {
                result[j] = maps[j].Map(raw[j]);
                sum += result[j];
            }

            for (var j = 0; j < k; j++) result[j] = sum != 0 ? result[j] / sum : 1.0 / k;
        }

        for (var j = 0; j < k; j++)
        {
            if (result[j] > 1 && result[j] <= 1 + 1e-5) result[j] = 1;
        }
    }

    public void WritePayload(ModelWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteDoubles(_classes);
        writer.WriteInt32(_members.Length);
        foreach (var m in _members)
        {
            writer.WriteModel(m.Model);
            writer.WriteInt32(m.Maps.Length);
            foreach (var map in m.Maps)
            {
                writer.WriteInt32(map is IsotonicFunction ? IsotonicTag : SigmoidTag);
                map.Write(writer);
            }
        }
    }

    internal static CalibratedClassifierModel Read(ModelReader reader)
    {
        var classes = reader.ReadDoubles("calibrated.classes");
        if (classes.Length < 2) throw reader.Error("calibrated.classes", "fewer than two classes");
        var count = reader.ReadInt32("calibrated.members", 1, 10_000);
        var expectedMaps = classes.Length == 2 ? 1 : classes.Length;
        var members = new CalibratedMember[count];
        int? features = null;
        for (var i = 0; i < count; i++)
        {
            if (reader.ReadModel("calibrated.model") is not IClassifier model) throw reader.Error("calibrated.model", "not a classifier");
            if (features is { } f && f != model.FeatureCount) throw reader.Error("calibrated.model", "members take different feature counts");
            features = model.FeatureCount;
            if (model.Classes.Any(c => Array.BinarySearch(classes, c) < 0)) throw reader.Error("calibrated.model", "a member predicts an unknown class");
            reader.ReadInt32("calibrated.maps", expectedMaps, expectedMaps);
            var maps = new IProbabilityMap[expectedMaps];
            for (var j = 0; j < maps.Length; j++)
            {
                maps[j] = reader.ReadInt32("calibrated.map.kind", IsotonicTag, SigmoidTag) == IsotonicTag
                    ? IsotonicFunction.Read(reader)
                    : SigmoidFunction.Read(reader);
            }

            members[i] = new CalibratedMember(model, maps);
        }

        return new CalibratedClassifierModel(classes, members);
    }
}
