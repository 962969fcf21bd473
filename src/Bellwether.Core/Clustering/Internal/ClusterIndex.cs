using System.Runtime.InteropServices;

namespace Bellwether.Core.Internal;

/// <summary>Settings of one level (stories or signals) of the clustering.</summary>
/// <param name="HalfLife">Age gap after which similarity halves.</param>
/// <param name="CentroidTerms">Terms a centroid keeps.</param>
/// <param name="RecentMembers">Recent members whose copy sketches a cluster keeps.</param>
/// <param name="KeepSketches">Whether clusters keep their recent members' copy sketches (stories do, signals do not).</param>
/// <param name="CommonTermShare">Share of documents above which a term does not retrieve candidates.</param>
/// <param name="MaxPostings">Clusters a search reads from a term's posting list, newest first.</param>
internal sealed record ClusterLevel(TimeSpan HalfLife, int CentroidTerms, int RecentMembers, bool KeepSketches, double CommonTermShare, int MaxPostings)
{
    public static ClusterLevel Stories(ClusteringOptions o) =>
        new(o.StoryHalfLife, o.CentroidTerms, o.RecentMembers, true, o.CommonTermShare, o.MaxPostings);

    public static ClusterLevel Signals(ClusteringOptions o) =>
        new(o.SignalHalfLife, o.CentroidTerms, o.RecentMembers, false, o.CommonTermShare, o.MaxPostings);
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
    private readonly List<Cluster?> _clusters = [];
    // A list past a third more than a search reads drops its oldest quarter, so it always holds the newest MaxPostings.
    private readonly PostingLists _postings = new(level.MaxPostings + (level.MaxPostings / 3) + 1);
    private readonly List<int> _touched = [];
    private readonly List<uint> _entered = [];
    private readonly List<KeyValuePair<int, double>> _ranked = [];
    private readonly KeyValuePair<int, double>[] _shortList = new KeyValuePair<int, double>[ShortList];
    // Per slot: the retrieval score being summed (0 when untouched).
    private double[] _scratch = new double[64];
    private float[] _idf = new float[64];
    private double[] _strengths = new double[64];

    public DocumentFrequencies Frequencies { get; } = new();

    public int PostingEntries => _postings.Entries;

    public Cluster? Get(int slot) => (uint)slot < (uint)_clusters.Count ? _clusters[slot] : null;

    public IEnumerable<Cluster> Clusters => _clusters.Where(c => c is not null)!;

    /// <summary>The number of clusters in the index.</summary>
    public int LiveCount { get; private set; }

    /// <summary>Counts a document in the frequencies (once per document, before or after it is placed).</summary>
    public void Count(TermVector document) => Frequencies.Add(document);

    public Cluster Create(string key, TermVector member, uint[] sketch, long ticks)
    {
        var cluster = new Cluster(key, _clusters.Count, level.KeepSketches ? level.RecentMembers : 0, ticks);
        _clusters.Add(cluster);
        LiveCount++;
        cluster.Add(member, sketch, ticks, level.CentroidTerms, Frequencies, _entered);
        Post(cluster, _entered);
        return cluster;
    }

    public void Join(Cluster cluster, TermVector member, uint[] sketch, long ticks)
    {
        cluster.Add(member, sketch, ticks, level.CentroidTerms, Frequencies, _entered);
        Post(cluster, _entered);
    }

    public void Merge(Cluster survivor, Cluster absorbed)
    {
        survivor.Absorb(absorbed, level.CentroidTerms, Frequencies, _entered);
        Post(survivor, _entered);
        Remove(absorbed);
    }

    /// <summary>
    /// Takes a cluster out of the index (absorbed, forgotten or evicted). Its slot stays in the posting lists, which
    /// <see cref="ClusteringOptions.MaxPostings"/> bounds, but takes no place in a search's short list and is never
    /// compared or returned.
    /// </summary>
    public void Remove(Cluster cluster)
    {
        _clusters[cluster.Slot] = null;
        LiveCount--;
    }

    /// <summary>Writes the index to a checkpoint: every slot (empty ones too: the posting lists still name them), the posting lists and the document frequencies.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(_clusters.Count);
        foreach (var cluster in _clusters)
        {
            writer.Write(cluster is not null);
            cluster?.Write(writer);
        }

        _postings.Write(writer);
        Frequencies.Write(writer);
    }

    /// <summary>The index <see cref="Write"/> wrote, at <paramref name="level"/>.</summary>
    public static ClusterIndex Read(BinaryReader reader, ClusterLevel level)
    {
        var index = new ClusterIndex(level);
        var slots = reader.ReadCount();
        for (var slot = 0; slot < slots; slot++)
        {
            var cluster = reader.ReadBoolean() ? Cluster.Read(reader, slot) : null;
            index._clusters.Add(cluster);
            index.LiveCount += cluster is null ? 0 : 1;
        }

        index._postings.Read(reader);
        index.Frequencies.Read(reader);
        return index;
    }

    /// <summary>The clusters most similar to <paramref name="query"/> at <paramref name="ticks"/>, best first (at most <paramref name="take"/>).</summary>
    /// <remarks>Only the <paramref name="retrievalTerms"/> strongest query terms read posting lists; the short list is compared on all terms.</remarks>
    /// <param name="query">An article's vector, or a cluster's centroid.</param>
    /// <param name="ticks">The article's publication time, or the cluster's latest.</param>
    /// <param name="take">Most hits returned.</param>
    /// <param name="of">
    /// When <paramref name="query"/> is a cluster's centroid, that cluster: it is left out of the hits, and two clusters
    /// are as far apart in time as their latest members. An article is as far from a cluster as it lies outside the
    /// cluster's time span.
    /// </param>
    /// <param name="retrievalTerms">Most query terms whose posting lists are read.</param>
    /// <param name="spanToSpan">With <paramref name="of"/>, measure two clusters' time apart between their spans (0 when they overlap) rather than between their latest members.</param>
    public List<ClusterHit> Search(TermVector query, long ticks, int take = 1, Cluster? of = null, int retrievalTerms = int.MaxValue, bool spanToSpan = false)
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
            if (ReferenceEquals(cluster, of))
            {
                continue;
            }

            var gap = of is null ? cluster.GapTo(ticks) : spanToSpan ? cluster.GapTo(of) : Math.Abs(ticks - cluster.LastTicks);
            var similarity = Similarity(query, idf, queryNorm, cluster) * Decay(cluster, gap);
            if (similarity <= 0)
            {
                continue;
            }

            var at = FirstBelow(hits, similarity);
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

    /// <summary>Cosine of the query with the cluster's centroid.</summary>
    public double Similarity(TermVector query, double queryNorm, Cluster cluster) => Similarity(query, QueryIdf(query), queryNorm, cluster);

    private double Similarity(TermVector query, float[] idf, double queryNorm, Cluster cluster)
    {
        var dot = Dot(query, idf, cluster.CentroidKeys, cluster.CentroidWeights);
        var norm = cluster.CentroidNorm(Frequencies);
        return norm == 0 ? 0 : dot / (queryNorm * norm);
    }

    /// <summary>The IDF-weighted dot product of the query with a centroid.</summary>
    private static double Dot(TermVector query, float[] idf, uint[] centroidKeys, float[] centroidWeights)
    {
        // Both key arrays are sorted: one merge pass adds the shared terms in query order.
        var keys = query.Keys;
        var weights = query.Weights;
        double dot = 0;
        int i = 0, j = 0;
        while (i < keys.Length && j < centroidKeys.Length)
        {
            var key = keys[i];
            var other = centroidKeys[j];
            if (key < other)
            {
                i++;
            }
            else if (key > other)
            {
                j++;
            }
            else
            {
                var w = centroidWeights[j++];
                if (w != 0)
                {
                    dot += weights[i] * w * idf[i] * idf[i];
                }

                i++;
            }
        }

        return dot;
    }

    /// <summary>2^(−gap / half-life): 1 for the same instant, ½ one half-life apart.</summary>
    public double Decay(long gapTicks) => Math.Pow(0.5, gapTicks / (double)level.HalfLife.Ticks);

    /// <summary>As <see cref="Decay(long)"/>, at <paramref name="cluster"/>'s own half-life when it has one.</summary>
    public double Decay(Cluster cluster, long gapTicks) =>
        cluster.HalfLifeTicks > 0 ? Math.Pow(0.5, gapTicks / (double)cluster.HalfLifeTicks) : Decay(gapTicks);

    /// <summary>
    /// The clusters that no query at or before <paramref name="newestTicks"/> can find at <paramref name="bar"/> or
    /// above: even a similarity of 1, decayed over the gap since their last member, falls short of it.
    /// </summary>
    public List<Cluster> Unreachable(long newestTicks, double bar)
    {
        var stale = new List<Cluster>();
        foreach (var cluster in Clusters)
        {
            if (newestTicks > cluster.LastTicks && BelowBar(Decay(cluster, newestTicks - cluster.LastTicks), bar))
            {
                stale.Add(cluster);
            }
        }

        return stale;
    }

    /// <summary>Whether a cluster at the level's half-life whose newest member is <paramref name="gapTicks"/> old could no longer be joined at <paramref name="bar"/>, even by a perfect match.</summary>
    public bool CannotJoin(long gapTicks, double bar) => BelowBar(Decay(gapTicks), bar);

    /// <summary>Whether a perfect match faded by <paramref name="decay"/> stays below <paramref name="bar"/>; a cosine of identical vectors can come out a rounding error above 1.</summary>
    private static bool BelowBar(double decay, double bar) => decay * (1 + 1e-9) < bar;

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

    /// <summary>The query terms' IDF in a buffer reused across calls (valid until the next call).</summary>
    private float[] QueryIdf(TermVector query)
    {
        if (_idf.Length < query.Count)
        {
            _idf = new float[Math.Max(query.Count, _idf.Length * 2)];
        }

        for (var i = 0; i < query.Count; i++)
        {
            _idf[i] = Frequencies.Idf(query.Keys[i]);
        }

        return _idf;
    }

    /// <summary>The first position whose similarity is below <paramref name="similarity"/>, or −1.</summary>
    private static int FirstBelow(List<ClusterHit> hits, double similarity)
    {
        for (var i = 0; i < hits.Count; i++)
        {
            if (hits[i].Similarity < similarity)
            {
                return i;
            }
        }

        return -1;
    }

    private void Retrieve(TermVector query, float[] idf, int retrievalTerms)
    {
        EnsureScratch();

        var cutoff = retrievalTerms >= query.Count ? 0 : Strongest(query, idf, retrievalTerms);
        var documents = Frequencies.Documents;
        var common = documents >= PruneAfterDocuments ? level.CommonTermShare * documents : double.MaxValue;
        var rarest = -1;
        var rarestCount = int.MaxValue;
        var used = 0;
        for (var i = 0; i < query.Count; i++)
        {
            var key = query.Keys[i];
            if (TextFeatures.IsPair(key))
            {
                continue;
            }

            var list = _postings.Get(key);
            if (list.IsEmpty || query.Weights[i] * idf[i] < cutoff)
            {
                continue;
            }

            var df = Frequencies.Count(key);

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
            Accumulate(list, query.Weights[i] * idf[i], level.MaxPostings);
        }

        if (used == 0 && rarest >= 0)
        {
            // Only common terms: read the newest part of the rarest one's list rather than nothing.
            var key = query.Keys[rarest];
            Accumulate(_postings.Get(key), query.Weights[rarest] * idf[rarest], level.MaxPostings / 2);
        }

        SelectShortList();
    }

    /// <summary>
    /// Moves the touched clusters' scores into <see cref="_ranked"/>, best first: a bounded heap keeps the best
    /// <see cref="ShortList"/> (a score tying the worst kept one enters only while the list first fills up), and the
    /// scratch scores are reset.
    /// </summary>
    private void SelectShortList()
    {
        var touched = CollectionsMarshal.AsSpan(_touched);
        var scratch = _scratch;
        var heap = _shortList.AsSpan();
        var count = Math.Min(touched.Length, ShortList);
        for (var t = 0; t < count; t++)
        {
            heap[t] = new KeyValuePair<int, double>(touched[t], scratch[touched[t]]);
            scratch[touched[t]] = 0;
            SiftUp(heap, t);
        }

        if (touched.Length > ShortList)
        {
            // The first entry past a full list displaces the worst unless it ranks after it; later ones need a higher score.
            var next = new KeyValuePair<int, double>(touched[ShortList], scratch[touched[ShortList]]);
            scratch[touched[ShortList]] = 0;
            if (!Worse(next, heap[0]))
            {
                heap[0] = next;
                SiftDown(heap, count);
            }

            var floor = heap[0].Value;
            for (var t = ShortList + 1; t < touched.Length; t++)
            {
                var slot = touched[t];
                var score = scratch[slot];
                scratch[slot] = 0;
                if (score > floor)
                {
                    heap[0] = new KeyValuePair<int, double>(slot, score);
                    SiftDown(heap, count);
                    floor = heap[0].Value;
                }
            }
        }

        _touched.Clear();
        heap = heap[..count];
        heap.Sort(RankOrder);
        _ranked.Clear();
        _ranked.AddRange(heap);
    }

    /// <summary>True when <paramref name="a"/> ranks after <paramref name="b"/> (lower score, or the same score and a later slot).</summary>
    private static bool Worse(KeyValuePair<int, double> a, KeyValuePair<int, double> b) =>
        a.Value < b.Value || (a.Value == b.Value && a.Key > b.Key);

    /// <summary>Restores the heap (worst entry at the root) after <paramref name="at"/> was written.</summary>
    private static void SiftUp(Span<KeyValuePair<int, double>> heap, int at)
    {
        while (at > 0)
        {
            var parent = (at - 1) / 2;
            if (!Worse(heap[at], heap[parent]))
            {
                return;
            }

            (heap[at], heap[parent]) = (heap[parent], heap[at]);
            at = parent;
        }
    }

    /// <summary>Restores the heap (worst entry at the root) of <paramref name="count"/> entries after its root was replaced.</summary>
    private static void SiftDown(Span<KeyValuePair<int, double>> heap, int count)
    {
        var at = 0;
        while (true)
        {
            var child = (2 * at) + 1;
            if (child >= count)
            {
                return;
            }

            if (child + 1 < count && Worse(heap[child + 1], heap[child]))
            {
                child++;
            }

            if (!Worse(heap[child], heap[at]))
            {
                return;
            }

            (heap[at], heap[child]) = (heap[child], heap[at]);
            at = child;
        }
    }

    private static int RankOrder(KeyValuePair<int, double> a, KeyValuePair<int, double> b) =>
        b.Value != a.Value ? b.Value.CompareTo(a.Value) : a.Key.CompareTo(b.Key);

    private void Accumulate(ReadOnlySpan<int> postings, double weight, int limit)
    {
        var scratch = _scratch;
        for (var p = postings.Length - 1; p >= 0 && p >= postings.Length - limit; p--)
        {
            var slot = postings[p];
            if (_clusters[slot] is null)
            {
                // A removed or evicted cluster takes no place in the short list: on a long stream the evicted would crowd it.
                continue;
            }

            if (scratch[slot] == 0)
            {
                _touched.Add(slot);
            }

            scratch[slot] += weight;
        }
    }

    private void EnsureScratch()
    {
        if (_scratch.Length < _clusters.Count)
        {
            Array.Resize(ref _scratch, Math.Max(_clusters.Count, _scratch.Length * 2));
        }
    }

    /// <summary>The <paramref name="count"/>-th highest of the query terms' TF-IDF weights.</summary>
    private double Strongest(TermVector query, float[] idf, int count)
    {
        if (_strengths.Length < query.Count)
        {
            _strengths = new double[Math.Max(query.Count, _strengths.Length * 2)];
        }

        var scores = _strengths.AsSpan(0, query.Count);
        for (var i = 0; i < query.Count; i++)
        {
            scores[i] = query.Weights[i] * idf[i];
        }

        scores.Sort();
        return scores[^count];
    }

    private void Post(Cluster cluster, List<uint> entered)
    {
        foreach (var key in entered)
        {
            if (!TextFeatures.IsPair(key))
            {
                _postings.Add(key, cluster.Slot);
            }
        }
    }
}
