using Microsoft.Extensions.Options;

namespace Bellwether.Core.Internal;

/// <summary>Checks the ranges of <see cref="SignalExtractionOptions"/> (source-generated).</summary>
[OptionsValidator]
internal sealed partial class SignalExtractionOptionsValidator : IValidateOptions<SignalExtractionOptions>;
