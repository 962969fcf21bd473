using System.ComponentModel;

namespace Bellwether.AI.Internal;

/// <summary>What the extraction prompt asks the model to return; its JSON schema is the response format.</summary>
internal sealed class ExtractionAnswer
{
    [Description("The structural patterns the article points to; empty when it states none.")]
    public List<AnswerSignal>? Signals { get; set; }
}

/// <summary>One pattern as the model states it, before validation.</summary>
internal sealed class AnswerSignal
{
    [Description("The pattern as a headline: a structural shift, not a news summary.")]
    public string? Headline { get; set; }

    [Description("One of: event-driven, cyclical, emerging, structural.")]
    public string? Horizon { get; set; }

    [Description("Any of: political, economic, social, technological, legal, environmental, security.")]
    public List<string>? Domains { get; set; }

    [Description("Topics, only from the taxonomy given in the instructions.")]
    public List<string>? Topics { get; set; }

    [Description("Regions as ISO 3166-1 alpha-2 codes such as CN or US.")]
    public List<string>? Regions { get; set; }

    [Description("Key actors (companies, agencies, governments, people, products), most salient first.")]
    public List<string>? Actors { get; set; }

    [Description("Sentences copied verbatim from the article, each with the phrase it turns on.")]
    public List<AnswerQuote>? Quotes { get; set; }

    [Description("Why this article supports the pattern.")]
    public string? Reasoning { get; set; }

    [Description("A short analysis of the pattern from this article.")]
    public string? Analysis { get; set; }

    [Description("How sure you are that the article shows this pattern, from 0 to 1.")]
    public double? Confidence { get; set; }
}

/// <summary>A quote as the model states it.</summary>
internal sealed class AnswerQuote
{
    [Description("A sentence copied character for character from the article.")]
    public string? Text { get; set; }

    [Description("The phrase within the sentence the quote turns on.")]
    public string? KeyPhrase { get; set; }
}

/// <summary>What the analysis prompt asks the model to return.</summary>
internal sealed class AnalysisAnswer
{
    [Description("One paragraph synthesising the pattern across all the evidence.")]
    public string? Analysis { get; set; }
}
