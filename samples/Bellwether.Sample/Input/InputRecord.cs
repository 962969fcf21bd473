using Bellwether.Core;

namespace Bellwether.Sample.Input;

/// <summary>One record of an input: an article, or a line or file that could not be read as one (<see cref="Problem"/>).</summary>
/// <param name="Location">Where it came from: <c>file:line</c> for a JSONL line, else the file.</param>
/// <param name="Article">The article, or null when the record could not be read.</param>
/// <param name="Problem">Why the record could not be read, when <paramref name="Article"/> is null.</param>
/// <param name="Note">What was repaired while reading it, if anything.</param>
internal sealed record InputRecord(string Location, Article? Article, string? Problem = null, string? Note = null);
