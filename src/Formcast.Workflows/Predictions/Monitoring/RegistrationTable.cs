using Formcast.Learning;
using Formcast.Workflows.Predictions.Protocols;
using Formcast.Workflows.Predictions.Reporting;
using static Formcast.Workflows.Predictions.Reporting.Cells;

namespace Formcast.Workflows.Predictions.Monitoring;

/// <summary>Registers an evaluation's final model (fitted on every row) with the section's held-out metrics and
/// protocol, and shows the entry in the section.</summary>
internal static class RegistrationTable
{
    /// <summary>Registers <paramref name="final"/> under <paramref name="name"/> with the held-out metrics and the
    /// protocol that measured them, and adds the entry's table to <paramref name="section"/>.</summary>
    public static ModelRegistration Register(SectionBuilder section, ModelRegistry registry, string name, IModel final, Dataset data, string protocol,
        IReadOnlyList<RegisteredMetric> metrics)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(final);
        var family = final switch
        {
            PreparedClassifierModel { Inner: SelectedClassifierModel s } => s.Family,
            PreparedRegressorModel { Inner: SelectedRegressorModel s } => s.Family,
            _ => final.Kind,
        };
        var registration = registry.Register(name, family, final, data, protocol, metrics);
        section.Table("Registered model", ["id", "name", "family", "kind", "training rows", "data SHA-256", "model file"],
            [[registration.Id, registration.Name, registration.Family, registration.Kind, Count(registration.Rows), registration.DataSha256, registration.ModelFile]]);
        section.Finding("The registry entry keeps the held-out metrics, the protocol, the input preparation and every feature's training distribution, so later data can be checked for drift against it.");
        return registration;
    }

    /// <summary>The held-out metrics <paramref name="section"/> reported for <paramref name="subject"/>.</summary>
    public static IReadOnlyList<RegisteredMetric> Metrics(SectionBuilder section, string subject)
    {
        ArgumentNullException.ThrowIfNull(section);
        return [.. section.Reported(subject).Select(n => new RegisteredMetric(n.Metric, n.Value, n.Lower, n.Upper))];
    }
}
