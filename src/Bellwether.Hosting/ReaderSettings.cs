namespace Bellwether.Hosting;

/// <summary>One reader: who they are, what they follow, and when and how their brief arrives.</summary>
public sealed class ReaderSettings
{
    /// <summary>The reader's name (unique among readers; it keys their <see cref="ReaderState"/>).</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The address the brief is mailed to.</summary>
    public string Email { get; set; } = string.Empty;

    /// <summary>The reader's IANA time zone ("Europe/Rome"); the schedule is read in it (default "UTC").</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>What the reader follows, each as <c>KIND:VALUE[:WEIGHT]</c> with KIND topic, region or actor ("topic:semiconductors", "region:CN:2"); empty follows everything.</summary>
    public IList<string> Interests { get; } = [];

    /// <summary>What the reader never wants to see, in the form of <see cref="Interests"/>.</summary>
    public IList<string> Exclusions { get; } = [];

    /// <summary>Signals weaker than this stay out (1–10, default 5).</summary>
    public int MinimumStrength { get; set; } = 5;

    /// <summary>The most items in one brief (1–100, default 5).</summary>
    public int MaxItems { get; set; } = 5;

    /// <summary>When the brief is composed: a cron expression read in <see cref="TimeZone"/>, five fields, or six with seconds first (default "0 7 * * *", 07:00 every day).</summary>
    public string Schedule { get; set; } = "0 7 * * *";

    /// <summary>Whether the brief is mailed (needs <see cref="BellwetherServiceOptions.Smtp"/>; default true).</summary>
    public bool SendEmail { get; set; } = true;
}
