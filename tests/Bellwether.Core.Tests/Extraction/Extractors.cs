using Bellwether.Core.Internal;
using Microsoft.Extensions.Options;

namespace Bellwether.Core.Tests.Extraction;

/// <summary>Builds the real offline extractor the way the container does.</summary>
internal static class Extractors
{
    /// <summary>A closing sentence that quotes one named person, appended to a test's sentence so that it reads as a full article's body.</summary>
    public const string Speaker = " The figures were confirmed on Monday by Rosa Quispe, a ministry director.";

    public static OfflineSignalExtractor Default(Action<SignalExtractionOptions>? configure = null)
    {
        var options = new SignalExtractionOptions();
        configure?.Invoke(options);
        return new OfflineSignalExtractor(new ArticleAnalyzer(Options.Create(options)));
    }

    /// <summary>The one candidate the default extractor finds in an article of <paramref name="title"/> and <paramref name="text"/>; fails the test if there is not exactly one.</summary>
    public static SignalCandidate SingleCandidate(string title, string text) =>
        Default().Extract(new Article { Id = "a-1", Title = title, Text = text }).Should().ContainSingle().Subject;
}
