namespace Bellwether.Core;

/// <summary>Something wrong with one field of an article: why it was rejected, or what ingest repaired.</summary>
/// <param name="Field">The name of the field (<c>Title</c>, <c>Url</c>, <c>PublishedAt</c>…).</param>
/// <param name="Reason">What was wrong and, for a repair, what was done, as a predicate ("must not be empty", "was cut …").</param>
public sealed record ArticleIssue(string Field, string Reason)
{
    /// <summary>The field and the reason, as one phrase ("Url was not an absolute http or https address; dropped").</summary>
    public override string ToString() => $"{Field} {Reason}";
}
