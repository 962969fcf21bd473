namespace Bellwether.Core;

/// <summary>Something wrong with one field of an article: why it was rejected, or what ingest repaired.</summary>
public sealed record ArticleIssue
{
    /// <summary>Creates a <see cref="ArticleIssue"/> from its parts.</summary>
    /// <param name="field">The name of the field (<c>Title</c>, <c>Url</c>, <c>PublishedAt</c>…).</param>
    /// <param name="reason">What was wrong and, for a repair, what was done, as a predicate ("must not be empty", "was cut …").</param>
    public ArticleIssue(string field, string reason)
    {
        Field = field;
        Reason = reason;
    }

    /// <summary>The name of the field (<c>Title</c>, <c>Url</c>, <c>PublishedAt</c>…).</summary>
    public string Field { get; init; }

    /// <summary>What was wrong and, for a repair, what was done, as a predicate ("must not be empty", "was cut …").</summary>
    public string Reason { get; init; }

    /// <summary>The field and the reason, as one phrase ("Url was not an absolute http or https address; dropped").</summary>
    public override string ToString() => $"{Field} {Reason}";
}
