using Microsoft.Extensions.Options;

namespace Bellwether.Core.Internal;

/// <summary>Checks the data annotations of <see cref="BriefOptions"/> without reflection.</summary>
[OptionsValidator]
internal sealed partial class BriefOptionsValidator : IValidateOptions<BriefOptions>;
