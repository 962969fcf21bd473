using System.CommandLine.Parsing;
using Bellwether.Core;
using Microsoft.Extensions.Options;

namespace Bellwether.Sample.Hosting;

/// <summary>Turns the errors a user can cause or fix (bad input, an unusable store or model) into one line and an exit code, instead of a stack trace.</summary>
internal static class CommandErrors
{
    /// <summary>Exit code for input the command cannot use: a missing file, a malformed line, an invalid option.</summary>
    public const int BadInput = 2;

    /// <summary>Exit code for a dependency that failed: the store or the model.</summary>
    public const int Failed = 1;

    /// <summary>Exit code for a run that completed but skipped input: a record that could not be read, or an article the pipeline rejected.</summary>
    public const int Rejected = 3;

    /// <summary>
    /// Writes the error and returns the exit code: one line (with its cause) for an error the user can act on, the
    /// whole exception for anything else (a bug) or when <paramref name="verbose"/>.
    /// </summary>
    public static int Report(Exception error, bool verbose, TextWriter output)
    {
        var code = Code(error);
        if (code is null || verbose)
        {
            output.WriteLine($"bellwether: {(code is null ? "unexpected error" : "error")}: {error}");
            return code ?? Failed;
        }

        var cause = error.InnerException is { } inner ? $" ({inner.Message})" : string.Empty;
        output.WriteLine($"bellwether: {error.Message}{cause}");
        return code.Value;
    }

    /// <summary>Writes each error of a command line that did not parse (an unknown option, a bad value) as one line and returns <see cref="BadInput"/>.</summary>
    public static int ReportParseErrors(IReadOnlyList<ParseError> errors, TextWriter output)
    {
        foreach (var error in errors)
        {
            output.WriteLine($"bellwether: {error.Message}");
        }

        return BadInput;
    }

    private static int? Code(Exception error) => error switch
    {
        FileNotFoundException or DirectoryNotFoundException or InvalidDataException or ArgumentException => BadInput,
        ArticleValidationException or ReaderProfileValidationException or OptionsValidationException => BadInput,
        BellwetherException or UnauthorizedAccessException => Failed,
        _ => null,
    };
}
