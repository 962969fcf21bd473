using Bellwether.Core.Text;

namespace Bellwether.Core.Internal;

/// <content>The state of one recognition: the actors, regions and cities found so far, and how they fold together.</content>
internal sealed partial class EntityRecognizer
{
    private sealed class Scan(AnalysedText doc, HashSet<string> lowerTerms, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> midCapitalised, CommonWords common, int datelineEnd)
    {
        private readonly Dictionary<string, int> regionScores = new(StringComparer.Ordinal);
        private readonly Dictionary<string, ActorStat> actorStats = new(StringComparer.Ordinal);
        private readonly List<(string Code, string Name, int Token)> cityMentions = [];
        private readonly List<(string LongKey, int Start, int End, string AcronymKey)> definitions = [];
        private bool[]? quotedTitle;
        private string? lastActorKey;
        private int lastActorEnd = -1;
        private int lastPlaceEnd = -1;
        private int lastLandformEnd = -1;

        public AnalysedText Doc => doc;

        public HashSet<string> LowerTerms => lowerTerms;

        /// <summary>True when token <paramref name="k"/> is the first after a wire dateline.</summary>
        public bool FollowsDateline(int k) => EntityRecognizer.FollowsDateline(doc, k, datelineEnd);

        /// <summary>The dictionary of common words.</summary>
        public CommonWords Common => common;

        /// <summary>The dictionary of common words when the document is a Title Case headline; null otherwise.</summary>
        public CommonWords? TitleCaseWords => doc.TitleCased ? common : null;

        public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MidCapitalised => midCapitalised;

        public void AddRegion(string code, int token) =>
            regionScores[code] = regionScores.GetValueOrDefault(code) + (doc.IsTitle(token) ? 2 : 1);

        /// <summary>
        /// Counts a mention of an actor; a <paramref name="locative"/> mention ("in Porto Alegre", "near Jamnagar") may be a
        /// place, and a name that only ever appears so is dropped; a <paramref name="landform"/> ("the Rioni river") is
        /// dropped however else the article writes it, and so is a name that <paramref name="notActor"/> says is no actor's.
        /// </summary>
        public void AddActor(string name, int start, int end, bool strong, bool locative = false, bool landform = false, bool notActor = false)
        {
            var key = Key(name);
            (lastActorKey, lastActorEnd) = (key, end);
            if (!actorStats.TryGetValue(key, out var stat))
            {
                actorStats[key] = stat = new ActorStat(name, start);
            }

            var heading = doc.Sentences[doc.SentenceOfToken[start]].IsHeading;
            stat.Score += doc.IsTitle(start) ? 2 : 1;
            stat.Strong |= strong;
            stat.InProse |= !heading;
            stat.InBody |= !doc.IsTitle(start);
            stat.NotLocative |= !locative;
            stat.Landform |= landform;
            stat.NotActor |= notActor;
            stat.Speaks |= end < doc.Tokens.Count && ReportingVerbs.Contains(doc.Word(end));
            quotedTitle ??= QuotedTitleTokens(doc);
            stat.Unquoted |= end <= start || Array.IndexOf(quotedTitle, false, start, end - start) >= 0;
        }

        /// <summary>
        /// Records <paramref name="longForm"/>, tokens <paramref name="start"/> to <paramref name="end"/>, as the definition of
        /// <paramref name="acronym"/>: the names found inside it and the acronym's own mentions are folded into it. A long
        /// form that is no actor's name (<paramref name="actor"/> false: a law, "General Data Protection Regulation (GDPR)")
        /// takes them out of the actors.
        /// </summary>
        public void Define(string longForm, int start, int end, string acronym, bool actor = true)
        {
            AddActor(longForm, start, end, strong: actor, notActor: !actor);
            definitions.Add((Key(longForm), start, end, Key(acronym)));
        }

        /// <summary>Records that <paramref name="acronym"/>, at token <paramref name="token"/>, abbreviates common words ("per- and polyfluoroalkyl substances (PFAS)"): none of its mentions is an actor.</summary>
        public void DefineTerm(string acronym, int token) => AddActor(acronym, token, token + 1, strong: false, notActor: true);

        /// <summary>Makes <paramref name="acronym"/> another name of the actor that ends at token <paramref name="end"/>; false when none does.</summary>
        public bool AliasLastActor(int end, string acronym)
        {
            if (lastActorKey is null || lastActorEnd != end)
            {
                return false;
            }

            definitions.Add((lastActorKey, end, end, Key(acronym)));
            return true;
        }

        /// <summary>A city standing alone: a place, whose country counts as a region unless the city's name is part of an actor's.</summary>
        public void AddCity(string code, string name, int token) => cityMentions.Add((code, name, token));

        /// <summary>
        /// Notes that a place name ends at token <paramref name="end"/> (exclusive), so that a name listed after it is read as
        /// a place, and as a landform when this one is (<paramref name="landform"/>).
        /// </summary>
        public void MarkPlace(int end, bool landform)
        {
            lastPlaceEnd = end;
            lastLandformEnd = landform ? end : -1;
        }

        /// <summary>True when a place name ends just before token <paramref name="token"/>, a list's "and", "or" or comma.</summary>
        public bool PlaceEndsAt(int token) => lastPlaceEnd == token;

        /// <summary>True when a landform's name ends just before token <paramref name="token"/> ("the islands of Sulawesi and Halmahera").</summary>
        public bool LandformEndsAt(int token) => lastLandformEnd == token;

        /// <summary>
        /// The actors and regions found, most salient first. <paramref name="namesPlace"/> tells whether words name a place,
        /// which a longer name may open ("Japan Fair Trade Commission").
        /// </summary>
        public Entities Finish(Dictionary<string, string> canonicalByKey, Func<string, bool> namesPlace)
        {
            FoldDefinitions();
            var stats = actorStats.Values.Where(s => s.MergedInto is null).ToList();
            foreach (var stat in stats)
            {
                if (canonicalByKey.TryGetValue(Key(stat.Name), out var canonical))
                {
                    // Another country's "Securities and Exchange Commission" keeps its own name.
                    stat.Name = DefaultGazetteer.SharedAgencyNames.Contains(stat.Name) && !IsAcronym(stat.Name) && !regionScores.ContainsKey("US") ? stat.Name : canonical;
                    stat.Strong = true;
                    stat.Known = true;
                }
            }

            // In a full article, a name only ever written as the whole of a quoted title is a film's, a book's or a game's
            // ("\"Starfall Rangers: Origins\""), or a nickname ("known to fans as \"J-Won\""), not an actor's, unless the
            // gazetteer knows it. A bare headline keeps it: it is often the headline's only name, and the one that groups it
            // with the rest of its story (without it the UCI headlines lose 0.3 BCubed F1, docs/extraction.md).
            stats.RemoveAll(s => s.NotActor || ((!s.InProse || !s.NotLocative || s.Landform) && !s.Strong) || (!s.Unquoted && !s.Known && !doc.HeadlineOnly));
            foreach (var (code, name, token) in cityMentions)
            {
                // "Jackson" alone after "Ruth Jackson" is the person, not the city.
                if (code != NoCode && !stats.Any(s => s.Name.Split(' ').Contains(name, StringComparer.Ordinal)))
                {
                    AddRegion(code, token);
                }
            }

            Fold(stats, namesPlace, fullArticle: !doc.HeadlineOnly);
            DropPairings(stats);
            // A full article's body names its actors: a name only its title writes is a headline's phrase ("Clubs Reject
            // Milei", "Deal With Economy Ministry"), unless the gazetteer knows it.
            stats.RemoveAll(s => s.MergedInto is null && !doc.HeadlineOnly && !s.InBody && !s.Known);
            // A bloc named in passing ("under European Union rules") is where a full article's story is set, not who acts
            // in it: named once or twice in the body, or only in the title.
            stats.RemoveAll(s => s.MergedInto is null && !doc.HeadlineOnly && s.Score < 3 && DefaultGazetteer.Blocs.Contains(s.Name));
            var actorList = stats
                .Where(s => s.MergedInto is null)
                .OrderByDescending(s => s.Score + (s.Strong ? 1 : 0))
                .ThenBy(s => s.First)
                .Select(s => new ActorMention(s.Name, s.Score, s.Known || s.Speaks || s.Name.Contains(' ', StringComparison.Ordinal)))
                .ToList();
            // A region named less than a third as often as the article's main one is mentioned in passing: the article is not about it.
            var top = regionScores.Count == 0 ? 0 : regionScores.Values.Max();
            var regionList = regionScores.Where(r => r.Value * 3 >= top)
                .OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal).Select(r => new RegionMention(r.Key, r.Value)).ToList();
            return new Entities(actorList, regionList);
        }

        /// <summary>
        /// Folds into each defined long form its acronym's mentions, the names found inside it ("Retail Consortium" in "British
        /// Retail Consortium (BRC)"), and its first words with the acronym ("Fraunhofer ISE" for "Fraunhofer Institute for
        /// Solar Energy Systems (ISE)").
        /// </summary>
        private void FoldDefinitions()
        {
            foreach (var (longKey, start, end, acronymKey) in definitions)
            {
                var target = actorStats[longKey];
                while (target.MergedInto is { } merged)
                {
                    target = merged;
                }

                foreach (var (key, other) in actorStats)
                {
                    if (other != target && other.MergedInto is null &&
                        (key == acronymKey || (other.First >= start && other.First < end && longKey.Contains(key, StringComparison.Ordinal)) ||
                        (key.Length > acronymKey.Length + 1 && key.EndsWith(" " + acronymKey, StringComparison.Ordinal) && longKey.StartsWith(key[..^acronymKey.Length], StringComparison.Ordinal))))
                    {
                        target.Absorb(other);
                    }
                }
            }
        }

        private static void Fold(List<ActorStat> stats, Func<string, bool> namesPlace, bool fullArticle)
        {
            // "Steel Košice, s.r.o.": the comma before a legal form is not part of the word ("Steel Košice" folds into it), nor
            // the possessive of a name that carries one ("Moody" of "Moody's analysts" folds into "Moody's Ratings").
            var names = stats.ToDictionary(s => s, s => s.Name.Split(' ').Select(w => IsPossessive(w) ? w[..^2] : w.TrimEnd(',')).ToArray());
            var initials = stats.ToDictionary(s => s, s => string.Concat(names[s].Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0])));
            foreach (var shorter in stats.OrderBy(s => names[s].Length))
            {
                var words = names[shorter];
                ActorStat? target = null;
                foreach (var longer in stats)
                {
                    if (longer != shorter && longer.MergedInto is null && names[longer].Length > words.Length && (target is null || longer.Score > target.Score) &&
                        IsPartOf(words, names[longer], initials[longer], namesPlace))
                    {
                        target = longer;
                    }
                }

                if (fullArticle && target is { InBody: false } && shorter.InBody && words.Length >= 2 && names[target].AsSpan(0, words.Length).SequenceEqual(words) &&
                    names[target].Skip(words.Length).Any(w => HeadlineVerbs.Contains(w) || StopWords.Contains(w)))
                {
                    // "Supreme Court of India Orders Centre" in a title, "Supreme Court of India" in the body: the title ran the name on
                    // into its verb, and the body's name is the actor's.
                    shorter.Absorb(target);
                }
                else
                {
                    target?.Absorb(shorter);
                }
            }

            foreach (var group in stats.Where(s => s.MergedInto is null).GroupBy(s => s.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                var keep = group.First();
                foreach (var other in group.Skip(1))
                {
                    keep.Absorb(other);
                }
            }
        }

        /// <summary>Drops a hyphened pairing of two actors the article also names apart ("the Codelco-SQM venture" after "Codelco and SQM").</summary>
        private static void DropPairings(List<ActorStat> stats)
        {
            var names = stats.Where(s => s.MergedInto is null).Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
            stats.RemoveAll(s => s.MergedInto is null && !s.Name.Contains(' ', StringComparison.Ordinal) && s.Name.Split('-') is { Length: > 1 } parts && parts.All(names.Contains));
        }

        private static bool IsPersonNameWord(string word) =>
            word.Length > 1 && char.IsUpper(word[0]) && !IsAcronym(word) && !Connectors.Contains(word) && !DefaultGazetteer.OrganisationEndings.Contains(word);

        // "Yangtze Memory" is part of "Yangtze Memory Technologies"; "Huang" of "Jensen Huang"; "YMTC" of "Yangtze Memory Technologies Co".
        private static bool IsPartOf(string[] words, string[] longer, string initials, Func<string, bool> namesPlace)
        {
            if (words.Length == 1 && IsAcronym(words[0].AsSpan()))
            {
                // "FPT" for "FPT Corporation": an acronym also folds into a longer name it opens.
                return (initials.Length >= 2 && initials.StartsWith(words[0], StringComparison.Ordinal)) || longer[0] == words[0];
            }

            // "Nersa" for "National Energy Regulator of South Africa": an acronym written as a word spells all the initials.
            if (words.Length == 1 && words[0].Length >= 3 && AcronymDefinition.IsShortForm(words[0]) && initials.Equals(words[0], StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            // "Lestani", "El Gaucho" or "Bea Lorenzana" after "Facundo \"El Gaucho\" Lestani" or "Beatriz \"Bea\" Lorenzana": any run of
            // a nicknamed person's words names the person.
            if (longer.Any(w => w.Length > 1 && IsOpeningDoubleQuote(w[0])) && longer.Select(w => w.Trim(DoubleQuotes)).ToArray().AsSpan().IndexOf(words) >= 0)
            {
                return true;
            }

            var prefix = longer.AsSpan(0, words.Length).SequenceEqual(words);
            // "Quispe" after "Rosa Quispe Mamani": a person with two surnames is named by either.
            // "Dela Cruz" after "Marites Dela Cruz": a surname of two words is the person's name less the given name.
            var surname = (words.Length == 1 && !DefaultGazetteer.OrganisationEndings.Contains(words[0]) &&
                (longer[^1] == words[0] || (longer.Length == 3 && longer[1] == words[0] && longer.All(IsPersonNameWord)))) ||
                (words.Length == 2 && longer.Length == 3 && longer.AsSpan(1).SequenceEqual(words) && longer.All(IsPersonNameWord));
            // "Fair Trade Commission" after "Japan Fair Trade Commission": an institution's name of two or more words is the
            // longer name that ends with it, less the place before it.
            var institution = words.Length >= 2 && DefaultGazetteer.OrganisationEndings.Contains(words[^1]) &&
                longer.AsSpan(longer.Length - words.Length).SequenceEqual(words) && namesPlace(string.Join(' ', longer[..^words.Length]));
            return prefix || surname || institution;
        }
    }

    private sealed class ActorStat(string name, int first)
    {
        public string Name { get; set; } = name;

        public int First { get; set; } = first;

        public int Score { get; set; }

        public bool Strong { get; set; }

        public bool InProse { get; set; }

        /// <summary>True once the name was seen in the body, not only in the title.</summary>
        public bool InBody { get; set; }

        /// <summary>True once the name was written just before a reporting verb ("Eskom said").</summary>
        public bool Speaks { get; set; }

        /// <summary>True when the gazetteer knows the name.</summary>
        public bool Known { get; set; }

        /// <summary>True once the name was seen other than after a locative preposition or before a product noun.</summary>
        public bool NotLocative { get; set; }

        /// <summary>True once the name was said to be a landform or a division of a country ("the Rioni river").</summary>
        public bool Landform { get; set; }

        /// <summary>True once the name was found to name a law or to abbreviate common words, which no other mention makes an actor.</summary>
        public bool NotActor { get; set; }

        /// <summary>True once the name was seen other than as the whole or part of a quoted title ("\"The Long Quiet\"").</summary>
        public bool Unquoted { get; set; }

        public ActorStat? MergedInto { get; private set; }

        /// <summary>Counts <paramref name="other"/>'s mentions for this actor, which <paramref name="other"/> now names.</summary>
        public void Absorb(ActorStat other)
        {
            Score += other.Score;
            Strong |= other.Strong;
            InProse |= other.InProse;
            InBody |= other.InBody;
            Known |= other.Known;
            Speaks |= other.Speaks;
            NotLocative |= other.NotLocative;
            Landform |= other.Landform;
            NotActor |= other.NotActor;
            Unquoted |= other.Unquoted;
            First = Math.Min(First, other.First);
            other.MergedInto = this;
        }
    }
}
