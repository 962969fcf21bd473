using System.Collections.Immutable;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Bellwether.Docs.Tests;

/// <summary>Compiles documentation snippets with Roslyn against the assemblies this test project references.</summary>
public static class SnippetCompiler
{
    // The assemblies a snippet may use: the framework plus everything this project references (the Bellwether
    // packages, the container, the host, the chat clients), exactly the set a consumer of those packages gets.
    private static readonly ImmutableArray<MetadataReference> References =
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(path => MetadataReference.CreateFromFile(path))];

    /// <summary>
    /// The names a fragment may use without declaring them, as the prose around the docs' fragments assumes: a service
    /// collection and provider, a pipeline, an article, a reader, a connection string and a cancellation token.
    /// A fragment that declares one of these names shadows it.
    /// </summary>
    private const string FragmentContext = """
        IServiceCollection services = new ServiceCollection();
        using ServiceProvider provider = services.BuildServiceProvider();
        ISignalPipeline pipeline = null!;
        Article article = new() { Id = "a", Title = "t", Text = "x", Source = "s", PublishedAt = DateTimeOffset.UnixEpoch };
        IAsyncEnumerable<Article> articleStream = AsyncEnumerable.Empty<Article>();
        ReaderProfile reader = new() { Name = "Marco", Email = "marco@example.com" };
        string connectionString = "Host=localhost";
        CancellationToken cancellationToken = CancellationToken.None;
        """;

    /// <summary>Namespaces a fragment may use without a using directive: every public Bellwether namespace and the hosting stack's.</summary>
    private static readonly string[] FragmentUsings =
    [
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading",
        "System.Threading.Tasks", "Bellwether.Core", "Bellwether.AI", "Bellwether.Rendering", "Bellwether.Sqlite",
        "Bellwether.PostgreSql", "Bellwether.Embeddings.Onnx", "Bellwether.Feeds", "Bellwether.Hosting",
        "Bellwether.Hosting.PostgreSql", "Microsoft.Extensions.AI", "Microsoft.Extensions.DependencyInjection",
        "Microsoft.Extensions.Hosting", "OllamaSharp", "OpenAI",
    ];

    /// <summary>
    /// Compiles <paramref name="code"/> as the whole of a console program, exactly as a reader would paste it into
    /// Program.cs of a new console app with implicit usings.
    /// </summary>
    public static CSharpCompilation CompileProgram(string code) =>
        Compile([ParseImplicitUsings(), CSharpSyntaxTree.ParseText(code, ParseOptions, path: "Program.cs")]);

    /// <summary>
    /// Compiles a fragment: its using directives and type declarations stay at file level, and its statements run in
    /// a method of a program that has <see cref="FragmentContext"/> in scope.
    /// </summary>
    public static CSharpCompilation CompileFragment(string code)
    {
        var root = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(code, ParseOptions).GetRoot();
        var statements = root.Members.OfType<GlobalStatementSyntax>().Select(s => s.ToFullString());
        var declarations = root.Members.Where(m => m is not GlobalStatementSyntax).Select(m => m.ToFullString());

        var program = new StringBuilder();
        foreach (var name in FragmentUsings)
        {
            program.Append("using ").Append(name).AppendLine(";");
        }

        foreach (var directive in root.Usings)
        {
            program.AppendLine(directive.ToFullString().Trim());
        }

        program.AppendLine(FragmentContext).AppendLine("await Fragment();").AppendLine("async Task Fragment()").AppendLine("{");
        foreach (var statement in statements)
        {
            program.Append(statement);
        }

        program.AppendLine().AppendLine("}");
        foreach (var declaration in declarations)
        {
            program.Append(declaration);
        }

        return Compile([ParseImplicitUsings(), CSharpSyntaxTree.ParseText(program.ToString(), ParseOptions, path: "Fragment.cs")]);
    }

    /// <summary>The errors of <paramref name="compilation"/>, one line each, with line numbers.</summary>
    public static IReadOnlyList<string> Errors(CSharpCompilation compilation) => Diagnostics(compilation, DiagnosticSeverity.Error);

    /// <summary>The warnings of <paramref name="compilation"/>, one line each, with line numbers.</summary>
    public static IReadOnlyList<string> Warnings(CSharpCompilation compilation) => Diagnostics(compilation, DiagnosticSeverity.Warning);

    /// <summary>Emits <paramref name="compilation"/>, runs its entry point and returns what it wrote to the console.</summary>
    public static async Task<(int? ExitCode, string Output)> RunAsync(CSharpCompilation compilation)
    {
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        emitted.Success.Should().BeTrue(string.Join('\n', emitted.Diagnostics));
        image.Position = 0;

        var context = new AssemblyLoadContext("snippet", isCollectible: true);
        try
        {
            var entryPoint = context.LoadFromStream(image).EntryPoint!;
            var output = new StringWriter();
            var original = Console.Out;
            Console.SetOut(output);
            try
            {
                var arguments = entryPoint.GetParameters().Length == 0 ? null : new object[] { Array.Empty<string>() };
                var result = await Task.Run(() => entryPoint.Invoke(null, arguments));
                return (result as int?, output.ToString());
            }
            finally
            {
                Console.SetOut(original);
            }
        }
        finally
        {
            context.Unload();
        }
    }

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    // What <ImplicitUsings>enable</ImplicitUsings> gives a console app.
    private static SyntaxTree ParseImplicitUsings() => CSharpSyntaxTree.ParseText(
        """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """,
        ParseOptions,
        path: "ImplicitUsings.cs");

    private static CSharpCompilation Compile(IEnumerable<SyntaxTree> trees) => CSharpCompilation.Create(
        "Snippet",
        trees,
        References,
        new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

    private static IReadOnlyList<string> Diagnostics(CSharpCompilation compilation, DiagnosticSeverity severity) =>
        [.. compilation.GetDiagnostics()
            .Where(d => d.Severity == severity && !d.IsSuppressed)
            .Where(d => d.Id != "CS8019") // an unnecessary using directive is hidden by default in a console app
            .Select(d => $"{d.Location.GetLineSpan()}: {d.Id} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")];
}
