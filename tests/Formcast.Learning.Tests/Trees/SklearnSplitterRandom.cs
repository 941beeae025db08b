namespace Formcast.Learning.Tests.Trees;

/// <summary>
/// scikit-learn's tree splitter generator, for the parity tests only: xorshift32 (shifts 13, 17, 5) reduced modulo
/// RAND_R_MAX + 1, and <c>rand_int(low, high) = low + r % (high − low)</c> (sklearn/tree/_utils.pyx 1.2, our_rand_r).
/// Seeded with the state the splitter draws from its RandomState (recorded by bench/parity/trees.py), it lets
/// Formcast's CART visit features in the same order as scikit-learn, so exact ties resolve the same way.
/// </summary>
public sealed class SklearnSplitterRandom(uint state)
{
    private const uint RandRMax = 0x7FFFFFFF;
    private const uint DefaultSeed = 1;
    private uint _state = state;

    public int NextBelow(int n)
    {
        if (_state == 0) _state = DefaultSeed;
        _state ^= _state << 13;
        _state ^= _state >> 17;
        _state ^= _state << 5;
        var r = _state % (RandRMax + 1u);
        return (int)(r % (uint)n);
    }
}
