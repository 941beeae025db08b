using Formcast.Learning;

namespace Formcast.Planning.Tests.Ppo;

/// <summary>One-dimensional target reaching: x moves by 0.25·a per step towards a random target; reward −|x − target|;
/// 20 steps. A random policy scores about −10; moving straight to the target scores about −1.</summary>
internal sealed class TargetReaching : IEpisodicEnvironment
{
    private Rng _rng = new(0);
    private double _x;
    private double _target;
    private int _t;

    public int ObservationSize => 2;

    public int ActionSize => 1;

    public void Reset(ulong seed, Span<double> observation)
    {
        _rng = new Rng(seed);
        _x = (2 * _rng.NextDouble()) - 1;
        _target = (1.6 * _rng.NextDouble()) - 0.8;
        _t = 0;
        observation[0] = _x;
        observation[1] = _target;
    }

    public StepResult Step(ReadOnlySpan<double> action, Span<double> observation)
    {
        _x = Math.Clamp(_x + (0.25 * Math.Clamp(action[0], -1, 1)), -1, 1);
        _t++;
        observation[0] = _x;
        observation[1] = _target;
        return new StepResult(-Math.Abs(_x - _target), _t >= 20, default);
    }

    /// <summary>Mean return of the deterministic policy over fixed held-out seeds.</summary>
    public static double Evaluate(Action<double[], double[]> act, int episodes = 50)
    {
        var env = new TargetReaching();
        var observation = new double[2];
        var action = new double[1];
        var total = 0.0;
        for (var e = 0; e < episodes; e++)
        {
            env.Reset(1_000_000 + (ulong)e, observation);
            for (var t = 0; t < 20; t++)
            {
                act(observation, action);
                total += env.Step(action, observation).Reward;
            }
        }

        return total / episodes;
    }
}

/// <summary>A continuous contextual bandit: context s ∈ [−1, 1]², best action (0.8·s0, −0.5·s1), reward −‖a − a*‖²,
/// one step per episode.</summary>
internal sealed class ContinuousBandit : IEpisodicEnvironment
{
    private readonly double[] _context = new double[2];

    public int ObservationSize => 2;

    public int ActionSize => 2;

    public void Reset(ulong seed, Span<double> observation)
    {
        var rng = new Rng(seed);
        _context[0] = (2 * rng.NextDouble()) - 1;
        _context[1] = (2 * rng.NextDouble()) - 1;
        _context.CopyTo(observation);
    }

    public StepResult Step(ReadOnlySpan<double> action, Span<double> observation)
    {
        var e0 = action[0] - (0.8 * _context[0]);
        var e1 = action[1] + (0.5 * _context[1]);
        _context.CopyTo(observation);
        return new StepResult(-((e0 * e0) + (e1 * e1)), true, default);
    }
}
