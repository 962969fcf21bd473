using Microsoft.Extensions.DependencyInjection;

namespace Bellwether.Core.Internal;

/// <summary>The builder handed back by <c>AddBellwether</c>.</summary>
internal sealed class BellwetherBuilder(IServiceCollection services) : IBellwetherBuilder
{
    public IServiceCollection Services { get; } = services;
}
