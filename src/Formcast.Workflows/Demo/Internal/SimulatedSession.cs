using Formcast.Core;

namespace Formcast.Workflows.Demo.Internal;

/// <summary>A generated activity and the mean fraction of heart-rate reserve it was performed at.</summary>
internal sealed record SimulatedSession(Activity Activity, double MeanFractionOfReserve);
