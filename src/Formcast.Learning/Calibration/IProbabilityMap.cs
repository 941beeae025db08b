namespace Formcast.Learning.Calibration;

/// <summary>A fitted one-dimensional map from a classifier's score to a calibrated probability.</summary>
internal interface IProbabilityMap
{
    double Map(double score);

    void Write(ModelWriter writer);
}
