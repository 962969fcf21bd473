using Microsoft.Extensions.Options;

namespace Bellwether.Core.Internal;

/// <summary>Checks the data annotations of <see cref="BellwetherOptions"/> without reflection.</summary>
[OptionsValidator]
internal sealed partial class BellwetherOptionsValidator : IValidateOptions<BellwetherOptions>;
