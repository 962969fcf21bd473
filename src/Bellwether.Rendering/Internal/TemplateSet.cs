using Fluid;

namespace Bellwether.Rendering.Internal;

/// <summary>The parsed Liquid templates: the user's from <see cref="RenderingOptions.TemplateDirectory"/> where present, else the built-in ones.</summary>
internal sealed class TemplateSet
{
    public const string Brief = "brief.liquid";
    public const string Index = "index.liquid";
    public const string Signal = "signal.liquid";

    private readonly Dictionary<string, IFluidTemplate> _templates;

    public TemplateSet(string? directory)
    {
        var parser = new FluidParser();
        _templates = new[] { Brief, Index, Signal }.ToDictionary(name => name, name => Parse(parser, name, Load(directory, name)), StringComparer.Ordinal);
        Options = new TemplateOptions { MemberAccessStrategy = { MemberNameStrategy = MemberNameStrategies.SnakeCase } };
        Options.MemberAccessStrategy.Register<SiteView>();
        Options.MemberAccessStrategy.Register<BriefView>();
        Options.MemberAccessStrategy.Register<BriefItemView>();
        Options.MemberAccessStrategy.Register<FilterView>();
        Options.MemberAccessStrategy.Register<SignalView>();
        Options.MemberAccessStrategy.Register<SourceView>();
        Options.MemberAccessStrategy.Register<QuoteView>();
    }

    public TemplateOptions Options { get; }

    public IFluidTemplate this[string name] => _templates[name];

    /// <summary>The built-in template <paramref name="name"/>, as users copy it to start their own.</summary>
    public static string BuiltIn(string name)
    {
        using var stream = typeof(TemplateSet).Assembly.GetManifestResourceStream("Bellwether.Rendering.Templates." + name)
            ?? throw new InvalidOperationException($"The built-in template '{name}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string Load(string? directory, string name) =>
        directory is not null && Path.Combine(directory, name) is var path && File.Exists(path) ? File.ReadAllText(path) : BuiltIn(name);

    private static IFluidTemplate Parse(FluidParser parser, string name, string source) =>
        parser.TryParse(source, out var template, out var error)
            ? template
            : throw new TemplateException(name, error);
}
