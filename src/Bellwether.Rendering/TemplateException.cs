namespace Bellwether.Rendering;

/// <summary>Thrown when a Liquid template cannot be parsed; names the template and the parser's message.</summary>
public sealed class TemplateException : BellwetherException
{
    /// <summary>Creates the exception for one template.</summary>
    /// <param name="templateName">The template's file name ("signal.liquid").</param>
    /// <param name="problem">The parser's message.</param>
    public TemplateException(string templateName, string problem)
        : base($"Template '{templateName}' cannot be parsed: {problem}")
    {
        TemplateName = templateName;
    }

    /// <summary>The template's file name.</summary>
    public string TemplateName { get; }
}
