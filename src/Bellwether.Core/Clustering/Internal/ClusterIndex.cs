namespace Bellwether.Core.Internal;

/// <summary>Settings of one level (stories or signals) of the clustering.</summary>
/// <param name="MemberWeight">Weight of the closest recent member against the centroid.</param>
/// <param name="HalfLife">Age gap after which similarity halves.</param>
/// <param name="CentroidTerms">Terms a centroid keeps.</param>
/// <param name="RecentMembers">Members a cluster keeps (vectors only when <paramref name="MemberWeight"/> is above 0).</param>
/// <param name="KeepSketches">Whether clusters keep their recent members' copy sketches (stories do, signals do not).</param>
/// <param name="CommonTermShare">Share of documents above which a term does not retrieve candidates.</param>
/// <param name="MaxPostings">Clusters a posting list keeps.</param>
internal sealed record ClusterLevel(double MemberWeight, TimeSpan HalfLife, int CentroidTerms, int RecentMembers, bool KeepSketches, double CommonTermShare, int MaxPostings)
{
    public static ClusterLevel Stories(ClusteringOptions o) =>
        new(o.MemberLinkageWeight, o.StoryHalfLife, o.CentroidTerms, o.RecentMembers, true, o.CommonTermShare, o.MaxPostings);

    public static ClusterLevel Signals(ClusteringOptions o) =>
        new(o.MemberLinkageWeight, o.SignalHalfLife, o.CentroidTerms, o.RecentMembers, false, o.CommonTermShare, o.MaxPostings);
}

/// <summary>A best match in a <see cref="ClusterIndex"/>.</summary>
internal readonly record struct ClusterHit(Cluster Cluster, double Similarity);

/// <summary>
/// Clusters with truncated centroids behind an inverted index: a query reads the posting lists of its rarer terms
/// only (terms in more than a set share of documents are pruned), ranks the clusters found by an upper-bound
/// score, and compares exactly only a short list. Not thread-safe: the owner serialises access.
/// </summary>
internal sealed class ClusterIndex(ClusterLevel level)
{
    private const int ShortList = 24;
    private const int PruneAfterDocuments = 200;
    private const int FallbackPostings = 256;
    private const int ReadPostings = 512;
    private readonly List<Cluster?> _clusters = [];
    private readonly Dictionary<uint, List<int>> _postings = [];
    private readonly List<int> _touched = [];
    private readonly List<KeyValuePair<int, double>> _ranked = [];
    private double[] _scratch = new double[64];

    public DocumentFrequencies Frequencies { get; } = new();

    public int PostingEntries { get; private set; }

    public Cluster? Get(int slot) => (uint)slot < (uint)_clusters.Count ? _clusters[slot] : null;

    public IEnumerable<Cluster> Clusters => _clusters.Where(c => c is not null)!;

    /// <summary>Counts a document in the frequencies (once per document, before or after it is placed).</summary>
    public void Count(TermVector document) => Frequencies.Add(document);

    public Cluster Create(string key, TermVector member, uint[] sketch, long ticks)
    {
        var cluster = new Cluster(key, _clusters.Count, level.MemberWeight > 0 ? level.RecentMembers : 0, level.KeepSketches ? level.RecentMembers : 0, ticks);
        _clusters.Add(cluster);
        Post(cluster, cluster.Add(member, sketch, ticks, level.CentroidTerms, Frequencies));
        return cluster;
    }

    public void Join(Cluster cluster, TermVector member, uint[] sketch, long ticks) =>
        Post(cluster, cluster.Add(member, sketch, ticks, level.CentroidTerms, Frequencies));

    public void Merge(Cluster survivor, Cluster absorbed)
    {
        Post(survivor, survivor.Absorb(absorbed, level.CentroidTerms, Frequencies));
        Remove(absorbed);
    }

    public void Remove(Cluster cluster)
    {
        _clusters[cluster.Slot] = null;
    }

    /// <summary>The clusters most similar to <paramref name="query"/> at <paramref name="ticks"/>, best first (at most <paramref name="take"/>).</summary>
    /// <remarks>Only the <paramref name="retrievalTerms"/> strongest query terms read posting lists; the short list is compared on all terms.</remarks>
    public List<ClusterHit> Search(TermVector query, long ticks, int take = 1, Cluster? exclude = null, int retrievalTerms = int.MaxValue)
    {
        var idf = QueryIdf(query);
        Retrieve(query, idf, retrievalTerms);
        var hits = new List<ClusterHit>(Math.Min(take, _ranked.Count) + 1);
        var queryNorm = Norm(query, idf);
        if (queryNorm == 0)
        {
            return hits;
        }

        foreach (var (slot, _) in _ranked)
        {
            var cluster = _clusters[slot]!;
            if (ReferenceEquals(cluster, exclude))
            {
                continue;
            }

            var similarity = Similarity(query, idf, queryNorm, cluster) * Decay(Math.Abs(ticks - cluster.LastTicks));
            if (similarity <= 0)
            {
                continue;
            }

            var at = hits.FindIndex(h => h.Similarity < similarity);
            if (at < 0 && hits.Count < take)
            {
                hits.Add(new ClusterHit(cluster, similarity));
            }
            else if (at >= 0)
            {
                hits.Insert(at, new ClusterHit(cluster, similarity));
                if (hits.Count > take)
                {
                    hits.RemoveAt(hits.Count - 1);
                }
            }
        }

        return hits;
    }

    /// <summary>Cosine of the query with the centroid, blended with its closest recent member.</summary>
    public double Similarity(TermVector query, double queryNorm, Cluster cluster) => Similarity(query, QueryIdf(query), queryNorm, cluster);

    private double Similarity(TermVector query, float[] idf, double queryNorm, Cluster cluster)
    {
        var centroid = cluster.Centroid;
        double dot = 0;
        for (var i = 0; i < query.Count; i++)
        {
            var w = centroid.WeightOf(query.Keys[i]);
            if (w != 0)
            {
                dot += query.Weights[i] * w * idf[i] * idf[i];
            }
        }

        var norm = cluster.CentroidNorm(Frequencies);
        var centroidCosine = norm == 0 ? 0 : dot / (queryNorm * norm);
        if (level.MemberWeight == 0)
        {
            return centroidCosine;
        }

        double best = 0;
        for (var i = 0; i < cluster.RecentCount; i++)
        {
            best = Math.Max(best, TermVector.Cosine(query, cluster.Recent(i), Frequencies));
        }

        return ((1 - level.MemberWeight) * centroidCosine) + (level.MemberWeight * best);
    }

    /// <summary>2^(−gap / half-life): 1 for the same instant, ½ one half-life apart.</summary>
    public double Decay(long gapTicks) => Math.Pow(0.5, gapTicks / (double)level.HalfLife.Ticks);

    private static double Norm(TermVector query, float[] idf)
    {
        double sum = 0;
        for (var i = 0; i < query.Count; i++)
        {
            var w = query.Weights[i] * idf[i];
            sum += w * w;
        }

        return Math.Sqrt(sum);
    }

    private float[] QueryIdf(TermVector query)
    {
        var idf = new float[query.Count];
        for (var i = 0; i < idf.Length; i++)
        {
            idf[i] = Frequencies.Idf(query.Keys[i]);
        }

        return idf;
    }

    private void Retrieve(TermVector query, float[] idf, int retrievalTerms)
    {
        _ranked.Clear();
        if (_scratch.Length < _clusters.Count)
        {
            Array.Resize(ref _scratch, Math.Max(_clusters.Count, _scratch.Length * 2));
        }

        var cutoff = retrievalTerms >= query.Count ? 0 : Strongest(query, idf, retrievalTerms);
        var documents = Frequencies.Documents;
        var common = documents >= PruneAfterDocuments ? level.CommonTermShare * documents : double.MaxValue;
        var rarest = -1;
        var rarestCount = int.MaxValue;
        var used = 0;
        for (var i = 0; i < query.Count; i++)
        {
            var key = query.Keys[i];
            var df = Frequencies.Count(key);
            if (TextFeatures.IsPair(key) || !_postings.TryGetValue(key, out var list) || query.Weights[i] * idf[i] < cutoff)
            {
                continue;
            }

            if (df > common)
            {
                if (df < rarestCount)
                {
                    rarest = i;
                    rarestCount = df;
                }

                continue;
            }

            used++;
            Accumulate(list, query.Weights[i] * idf[i], ReadPostings);
        }

        if (used == 0 && rarest >= 0)
        {
            // Only common terms: read the newest part of the rarest one's list rather than nothing.
            var key = query.Keys[rarest];
            Accumulate(_postings[key], query.Weights[rarest] * idf[rarest], FallbackPostings);
        }

        // Keep the short list's best entries without sorting everything touched.
        var floor = double.MinValue;
        foreach (var slot in _touched)
        {
            var score = _scratch[slot];
            _scratch[slot] = 0;
            if (_ranked.Count == ShortList && score <= floor)
            {
                continue;
            }

            _ranked.Add(new KeyValuePair<int, double>(slot, score));
            if (_ranked.Count > ShortList)
            {
                _ranked.Sort(RankOrder);
                _ranked.RemoveAt(ShortList);
                floor = _ranked[^1].Value;
            }
        }

        _touched.Clear();
        _ranked.Sort(RankOrder);
    }

    private static int RankOrder(KeyValuePair<int, double> a, KeyValuePair<int, double> b) =>
        b.Value != a.Value ? b.Value.CompareTo(a.Value) : a.Key.CompareTo(b.Key);

    private void Accumulate(List<int> list, double weight, int limit)
    {
        for (var p = list.Count - 1; p >= 0 && p >= list.Count - limit; p--)
        {
            var slot = list[p];
            if (_clusters[slot] is null)
            {
                continue;
            }

            if (_scratch[slot] == 0)
            {
                _touched.Add(slot);
            }

            _scratch[slot] += weight;
        }
    }

    private static double Strongest(TermVector query, float[] idf, int count)
    {
        var scores = new double[query.Count];
        for (var i = 0; i < query.Count; i++)
        {
            scores[i] = query.Weights[i] * idf[i];
        }

        Array.Sort(scores);
        return scores[^count];
    }

    private void Post(Cluster cluster, List<uint> entered)
    {
        foreach (var key in entered)
        {
            if (TextFeatures.IsPair(key))
            {
                continue;
            }

            if (!_postings.TryGetValue(key, out var list))
            {
                list = [];
                _postings[key] = list;
            }

            list.Add(cluster.Slot);
            PostingEntries++;
            if (list.Count > level.MaxPostings)
            {
                var drop = list.Count / 4;
                list.RemoveRange(0, drop);
                PostingEntries -= drop;
            }
        }
    }
}
