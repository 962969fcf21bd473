using Microsoft.Extensions.Options;

namespace Bellwether.AI.Internal;

/// <summary>Checks the data annotations of <see cref="BellwetherAIOptions"/> without reflection.</summary>
[OptionsValidator]
internal sealed partial class BellwetherAIOptionsValidator : IValidateOptions<BellwetherAIOptions>;
