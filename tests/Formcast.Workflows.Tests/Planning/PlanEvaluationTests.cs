using Formcast.Learning.Svm;
using Formcast.Workflows.Planning;

namespace Formcast.Workflows.Tests.Planning;

public sealed class PlanEvaluationTests
{
    [Fact]
    public void Defaults_AreTheReferenceConfiguration_WithSvrAsTheRegressionPlanner()
    {
        var options = PlanEvaluationWorkflow.Options(new PlanEvaluationRequest());
        Assert.Equal(5, options.Seeds);
        Assert.Equal(50_000, options.Ppo.TotalSteps);
        Assert.Equal([128, 64, 32], options.Ppo.HiddenSizes);
        Assert.Equal((1e-4, 0.98, 0.2, 2048), (options.Ppo.LearningRate, options.Ppo.Gamma, options.Ppo.ClipRange, options.Ppo.StepsPerBatch));
        Assert.True(options.PpoStudySlots);
        Assert.Null(options.PpoExtendedSteps);
        Assert.Equal(["youth", "professional", "retired", "general"], options.TransferPopulations.Select(p => p.Name));
        Assert.Equal("svr", options.RegressionName);
        Assert.IsType<SvrLearner>(options.RegressionLearner!());
        Assert.Equal(20_480, options.FineTuning!.Steps);
    }

    [Fact]
    public void Options_FollowTheRequest_AndRejectImpossibleOnes()
    {
        var options = PlanEvaluationWorkflow.Options(new PlanEvaluationRequest { Seeds = 2, AthletesPerCell = 1, StudySlots = false, Transfer = false, FineTuningSteps = 0, ExtendedPpoSteps = 100_000, Quick = true });
        Assert.Equal((2, 1, false), (options.Seeds, options.HeldOutPerCell, options.PpoStudySlots));
        Assert.Empty(options.TransferPopulations);
        Assert.Null(options.FineTuning);
        Assert.Equal(100_000, options.PpoExtendedSteps);
        Assert.Equal(20, options.GeneticAlgorithm.Generations);
        Assert.Throws<ArgumentOutOfRangeException>(() => PlanEvaluationWorkflow.Options(new PlanEvaluationRequest { Seeds = 0 }));
    }

    [Fact]
    public void Html_HasTheMarkdownTables_Escaped()
    {
        const string markdown = "# Title\n\nText with `code` & more.\n\n| planner | gain % |\n|---|---:|\n| a<b | 1.00 [0.5, 1.5] |\n\n- finding one\n- finding two\n";
        var html = PlanEvaluationRenderer.ToHtml(markdown);
        Assert.Contains("<h1>Title</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<p>Text with <code>code</code> &amp; more.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th>planner</th><th>gain %</th></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>a&lt;b</td><td class=\"n\">1.00 [0.5, 1.5]</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<ul>\n<li>finding one</li>\n<li>finding two</li>\n</ul>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("---", html, StringComparison.Ordinal);
    }
}
