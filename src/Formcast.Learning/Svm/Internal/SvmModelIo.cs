namespace Formcast.Learning.Svm.Internal;

/// <summary>Model-file fields shared by the SVM classifier and regressor: kernel parameters and support vectors.</summary>
internal static class SvmModelIo
{
    public static void WriteKernel(ModelWriter writer, KernelFunction kernel)
    {
        writer.WriteInt32((int)kernel.Kind);
        writer.WriteDouble(kernel.Gamma);
        writer.WriteInt32(kernel.Degree);
        writer.WriteDouble(kernel.Coef0);
    }

    public static KernelFunction ReadKernel(ModelReader reader)
    {
        var kind = (KernelKind)reader.ReadInt32("kernel.kind", (int)KernelKind.Linear, (int)KernelKind.Rbf);
        var gamma = reader.ReadFiniteDouble("kernel.gamma");
        if (kind != KernelKind.Linear && !(gamma > 0)) throw reader.Error("kernel.gamma", $"gamma {gamma} must be positive");
        var degree = reader.ReadInt32("kernel.degree", 1, 1000);
        var coef0 = reader.ReadFiniteDouble("kernel.coef0");
        return new KernelFunction(kind, gamma, degree, coef0);
    }

    public static void WriteSupportVectors(ModelWriter writer, Matrix supportVectors, int[] supportIndices)
    {
        writer.WriteInt32(supportVectors.Columns);
        writer.WriteInt32s(supportIndices);
        writer.WriteDoubles(supportVectors.Data);
    }

    public static (Matrix Vectors, int[] Indices) ReadSupportVectors(ModelReader reader)
    {
        var features = reader.ReadInt32("features", 1, ModelReader.MaxLength);
        var indices = reader.ReadInt32s("supportIndices", 0);
        var data = reader.ReadDoubles("supportVectors", checked(indices.Length * features));
        return (new Matrix(indices.Length, features, data), indices);
    }
}
