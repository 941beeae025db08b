namespace Formcast.Planning;

/// <summary>What the last layer of an <see cref="Mlp{T}"/> applies.</summary>
internal enum MlpOutput
{
    Linear = 0,
    Tanh = 1,
}
