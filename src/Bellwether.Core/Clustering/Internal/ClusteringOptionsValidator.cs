using Microsoft.Extensions.Options;

namespace Bellwether.Core.Internal;

/// <summary>Checks the data annotations of <see cref="ClusteringOptions"/> without reflection.</summary>
[OptionsValidator]
internal sealed partial class ClusteringOptionsValidator : IValidateOptions<ClusteringOptions>;
