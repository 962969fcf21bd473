using Bellwether.Core.Internal;
using Xunit.Abstractions;

namespace Bellwether.Core.Tests.Extraction;

/// <summary>
/// Scores the offline extractor on two labelled sets it was not built on, each labelled before the extractor ever ran
/// on it. Set 1 (<c>Fixtures/heldout-articles.json</c>: 16 full articles, 8 bare headlines) was measured once and then
/// two of its error kinds were fixed (a bare headline's lone topic cue; a capitalised common first word of a
/// sentence-case headline), so it is no longer out-of-sample. Set 2 (<c>Fixtures/heldout2-articles.json</c>: 20 full
/// articles, 10 bare headlines, with wire datelines and long institutional names) was written after those fixes and
/// measured once; one error kind seen there (wire datelines) was then fixed, and later the city, locative and institution
/// rules, so it is seen data too. Set 3 (<c>Fixtures/heldout3-articles.json</c>: 20 full articles, 10 bare headlines in
/// 25 countries) was written by a helper who never ran or read the extractor, and measured once; topic cues and a few actor
/// rules followed, so it is seen data. Set 4 (<c>Fixtures/heldout4-articles.json</c>: 20 full articles, 10 bare headlines)
/// was written after all of that by another helper, and measured once; the acronym, compound-adjective and place-word rules
/// followed, so it is seen data. Set 5 (<c>Fixtures/heldout5-articles.json</c>) was written by a third helper and measured
/// once after those rules; the rules of the next round followed, so it is seen data. Set 6
/// (<c>Fixtures/heldout6-articles.json</c>) was written by a fourth helper and measured once after them; the place tables
/// followed. Set 7 (<c>Fixtures/heldout7-articles.json</c>) was written by a fifth helper and measured once after those; a
/// fourth round of rules followed. Set 8 (<c>Fixtures/heldout8-articles.json</c>) was written by a sixth helper and
/// measured once after it; a fifth round followed. Set 9 (<c>Fixtures/heldout9-articles.json</c>) was written by a seventh
/// helper and measured once after that; a sixth round followed. Set 10 (<c>Fixtures/heldout10-articles.json</c>) was written
/// by an eighth helper and measured once after it; a seventh round followed. Set 11 (<c>Fixtures/heldout11-articles.json</c>)
/// was written by a ninth helper and measured once after that; an eighth round followed. Set 12
/// (<c>Fixtures/heldout12-articles.json</c>) was written by a tenth helper and measured once after it; a ninth round followed. Set 13
/// (<c>Fixtures/heldout13-articles.json</c>) was written by an eleventh helper and measured once after that; a tenth round
/// followed. Set 14 (<c>Fixtures/heldout14-articles.json</c>) was written by a twelfth helper and measured once after it; an
/// eleventh round followed. Set 15 (<c>Fixtures/heldout15-articles.json</c>) was written by a thirteenth helper and measured once
/// after that, and set 16 (<c>Fixtures/heldout16-articles.json</c>) by a fourteenth helper, measured once after one more rule; a
/// twelfth round followed. Set 17 (<c>Fixtures/heldout17-articles.json</c>) was written by a fifteenth helper and measured once after
/// it, and set 18 (<c>Fixtures/heldout18-articles.json</c>) by a sixteenth, measured once after the thirteenth round. Set 19
/// (<c>Fixtures/heldout19-articles.json</c>) was written by a seventeenth helper and measured once after the fourteenth, and set 20
/// (<c>Fixtures/heldout20-articles.json</c>) by an eighteenth, measured once after the fifteenth; set 21
/// (<c>Fixtures/heldout21-articles.json</c>) by a nineteenth, measured once after the seventeenth; set 22
/// (<c>Fixtures/heldout22-articles.json</c>) by a twentieth, measured once after the eighteenth; a nineteenth round followed. Set 23
/// (<c>Fixtures/heldout23-articles.json</c>) was written by a twenty-first helper and measured once after it; a twentieth round
/// followed. Set 24 (<c>Fixtures/heldout24-articles.json</c>) was written by a twenty-second helper and measured once after that; a
/// twenty-first round followed. Set 25 (<c>Fixtures/heldout25-articles.json</c>) was written by a twenty-third helper and measured
/// once after it; a twenty-second round followed. Set 26 (<c>Fixtures/heldout26-articles.json</c>) was written by a twenty-fourth
/// helper and measured once after that; a twenty-third round followed. Set 27 (<c>Fixtures/heldout27-articles.json</c>) was
/// written by a twenty-fifth helper and measured once after it; a twenty-fourth round followed. Set 28
/// (<c>Fixtures/heldout28-articles.json</c>) was written by a twenty-sixth helper and measured once after that; a twenty-fifth
/// round followed. Set 29 (<c>Fixtures/heldout29-articles.json</c>) was written by a twenty-seventh helper and measured once after
/// it; a twenty-sixth round followed. Set 30 (<c>Fixtures/heldout30-articles.json</c>) was written by a twenty-eighth helper and
/// measured once after that; a twenty-seventh round followed. Set 31 (<c>Fixtures/heldout31-articles.json</c>) was written by a
/// twenty-ninth helper and measured once after it; a twenty-eighth round followed. Set 32 (<c>Fixtures/heldout32-articles.json</c>)
/// was written by a thirtieth helper and measured once after that; a twenty-ninth round followed. Set 34
/// (<c>Fixtures/heldout34-articles.json</c>) was written by a thirty-first helper and measured once after it; a thirtieth round
/// was written on its errors, and set 33 (<c>Fixtures/heldout33-articles.json</c>), written by a thirty-second helper, was
/// measured once after the first half of that round and before the second. Set 35 (<c>Fixtures/heldout35-articles.json</c>)
/// was written by a thirty-third helper and measured once after the thirtieth round; a thirty-first round followed. Set 36
/// (<c>Fixtures/heldout36-articles.json</c>) was written by a thirty-fourth helper and measured once after the rules of
/// 2026-12-07 for headlines as aggregators print them; set 37 (<c>Fixtures/heldout37-articles.json</c>) by a thirty-fifth
/// helper, measured once after the plain candidates of the same day; set 38 (<c>Fixtures/heldout38-articles.json</c>) by a
/// thirty-sixth helper, measured once after the thirty-third round; set 39 (<c>Fixtures/heldout39-articles.json</c>) by a
/// thirty-seventh helper, measured once after the thirty-fourth; set 40 (<c>Fixtures/heldout40-articles.json</c>) by a
/// thirty-eighth helper, measured once after the thirty-fifth; set 41 (<c>Fixtures/heldout41-articles.json</c>) by a
/// thirty-ninth helper, measured once after the thirty-sixth; set 42 (<c>Fixtures/heldout42-articles.json</c>) by a fortieth
/// helper, measured once after the thirty-seventh; set 43 (<c>Fixtures/heldout43-articles.json</c>) by a forty-first helper,
/// measured once after the thirty-ninth; set 44 (<c>Fixtures/heldout44-articles.json</c>) by a forty-second helper, measured
/// once after the kept-actor rule; set 45 (<c>Fixtures/heldout45-articles.json</c>) by a forty-third helper, measured once
/// after that; set 46 (<c>Fixtures/heldout46-articles.json</c>) by a forty-fourth helper, measured once after the fortieth
/// round; set 47 (<c>Fixtures/heldout47-articles.json</c>) by a forty-fifth helper, measured once after the forty-first;
/// set 48 (<c>Fixtures/heldout48-articles.json</c>) by a forty-sixth helper, measured once after the forty-second; set 49
/// (<c>Fixtures/heldout49-articles.json</c>) by a forty-seventh helper, measured once after the forty-third; sets 50 and 51
/// (<c>Fixtures/heldout50-articles.json</c>, <c>Fixtures/heldout51-articles.json</c>) by a forty-eighth and a forty-ninth,
/// both measured once after the forty-fourth; set 52 (<c>Fixtures/heldout52-articles.json</c>) by a fiftieth, measured
/// once after the forty-fifth; set 53 (<c>Fixtures/heldout53-articles.json</c>) by a fifty-first, measured once after
/// the bracketed-label rule; set 54 (<c>Fixtures/heldout54-articles.json</c>) by a fifty-second, measured once after the
/// same rule, before the forty-seventh round; set 55 (<c>Fixtures/heldout55-articles.json</c>) by a fifty-third, measured
/// once after the forty-eighth.
/// The floors sit a little below
/// the measured figures so that a regression fails; they must not be raised by tuning on these articles.
/// </summary>
public sealed class HeldOutArticlesTests(ITestOutputHelper output)
{
    [Fact]
    public void Extract_HeldOutSet1_MeetsTheMeasuredFloors()
    {
        var (all, full, _) = Score("heldout-articles.json", 24);

        // First measured (commit b3b9d7b): actors P 0.65 R 0.89, regions F1 0.92, topics P 0.85 R 0.70; after the two fixes
        // actors P 0.67 R 0.89, topics P 0.79 R 0.91; after the city, locative and institution rules actors P 0.84 R 0.95.
        all["actors"].Precision.Should().BeGreaterThanOrEqualTo(0.80);
        all["actors"].Recall.Should().BeGreaterThanOrEqualTo(0.90);
        all["regions"].F1.Should().BeGreaterThanOrEqualTo(0.88);
        all["topics"].Precision.Should().BeGreaterThanOrEqualTo(0.75);
        all["topics"].Recall.Should().BeGreaterThanOrEqualTo(0.85);
        full["topics"].Recall.Should().BeGreaterThanOrEqualTo(0.95);
    }

    [Fact]
    public void Extract_HeldOutSet2_MeetsTheMeasuredFloors()
    {
        var (all, _, _) = Score("heldout2-articles.json", 30);

        // First measured (before any change): actors P 0.44 R 0.59, regions F1 0.86, topics P 0.70 R 0.80. The wire-dateline
        // and role rules came after seeing its errors: actors P 0.51 R 0.67; then the city, locative and institution rules:
        // actors P 0.82 R 0.89, regions F1 0.87. Issue 18 asks for actor precision >= 0.90 and topic recall >= 0.80.
        all["actors"].Precision.Should().BeGreaterThanOrEqualTo(FloorSet2.ActorPrecision);
        all["actors"].Recall.Should().BeGreaterThanOrEqualTo(FloorSet2.ActorRecall);
        all["regions"].F1.Should().BeGreaterThanOrEqualTo(FloorSet2.RegionF1);
        all["topics"].Precision.Should().BeGreaterThanOrEqualTo(FloorSet2.TopicPrecision);
        all["topics"].Recall.Should().BeGreaterThanOrEqualTo(FloorSet2.TopicRecall);
    }

    [Theory]
    // Set 3. Written by someone who had not seen the extractor, and measured once: actors P 0.62 R 0.58 (the code before the
    // city, locative and institution rules: P 0.46 R 0.45), regions F1 0.90, topics P 0.71 R 0.64. Full articles here
    // label about 6.5 actors each and a candidate keeps at most MaxActors (6), which bounds actor recall.
    [InlineData("heldout3-articles.json", 0.58, 0.54, 0.86, 0.66, 0.60)]
    // Set 4. Written by another helper who never saw the extractor or the other sets, after every rule and cue above, and measured
    // once: actors P 0.62 R 0.52 (the code before this stop's rules: P 0.51 R 0.43), regions F1 0.84 (0.83), topics P 0.64
    // R 0.69 (0.66 / 0.69: the added topic cues did not carry over).
    [InlineData("heldout4-articles.json", 0.58, 0.48, 0.80, 0.60, 0.64)]
    // Set 5. Written by a third helper who saw neither the extractor nor the other sets (many institutions named in French,
    // Spanish, German and Italian), after the acronym-definition, compound-adjective, place-word, listed-place and
    // surname rules, and measured once: actors P 0.65 R 0.54 (the code before those rules: P 0.55 R 0.46), regions F1
    // 0.79 (0.79), topics P 0.71 R 0.67 (unchanged).
    [InlineData("heldout5-articles.json", 0.61, 0.50, 0.75, 0.66, 0.62)]
    // Set 6. Written by a fourth helper who saw neither the extractor nor the other sets, asked for everyday news copy rather
    // than hard cases, after every rule and cue above, and measured once: actors P 0.77 R 0.66 (the code of the stop
    // before: P 0.70 R 0.60), regions F1 0.83 (0.83), topics P 0.70 R 0.69 (unchanged; wider topic cues measured at
    // R 0.74 then were not kept, since they moved signal grouping on the shared sets by -2.0 to +1.1 points).
    [InlineData("heldout6-articles.json", 0.73, 0.62, 0.79, 0.66, 0.65)]
    // Set 7. Written by a fifth helper the same way as set 6, after the place tables and list of rivers and ranges, and
    // measured once: actors P 0.71 R 0.65 (the code before this stop's three rounds: P 0.61 R 0.56), regions F1 0.86
    // (0.86), topics P 0.76 R 0.72 (unchanged).
    [InlineData("heldout7-articles.json", 0.67, 0.61, 0.82, 0.72, 0.68)]
    // Set 8. Written by a sixth helper the same way as sets 6 and 7, after the fourth round of rules, and measured once: actors
    // P 0.80 R 0.65 (the code before this stop's four rounds: P 0.68 R 0.57), regions F1 0.88 (0.88), topics P 0.71
    // R 0.76 (unchanged).
    [InlineData("heldout8-articles.json", 0.76, 0.61, 0.84, 0.67, 0.72)]
    // Set 9. Written by a seventh helper the same way as sets 6 to 8, after the fifth round of rules, and measured once: actors
    // P 0.79 R 0.70 (the code before this stop's five rounds: P 0.70 R 0.62), regions F1 0.86 (0.86), topics P 0.73
    // R 0.73 (unchanged).
    [InlineData("heldout9-articles.json", 0.75, 0.66, 0.82, 0.69, 0.69)]
    // Set 10. Written by an eighth helper the same way, after the sixth round (sites, laws, clipped names, topic cues), and
    // measured once: actors P 0.82 R 0.81 (the code before the sixth round: P 0.80 R 0.79), regions F1 0.82 (0.82), topics
    // P 0.69 R 0.86 (0.65 / 0.81).
    [InlineData("heldout10-articles.json", 0.78, 0.77, 0.78, 0.65, 0.82)]
    // Set 11. Written by a ninth helper the same way (with places as modifiers, legal forms and national arms asked for), after
    // the seventh round (countries in names, demonyms, ports), and measured once: actors P 0.77 R 0.82 (the code before the
    // sixth and seventh rounds: P 0.74 R 0.81), regions F1 0.71 (0.71), topics P 0.85 R 0.81 (0.83 / 0.79).
    [InlineData("heldout11-articles.json", 0.73, 0.78, 0.67, 0.81, 0.77)]
    // Set 12. Written by a tenth helper the same way, after the eighth round (organisation endings Industries and Enterprise,
    // hyphened participles), and measured once: actors P 0.80 R 0.76 (the code before this stop's rounds: P 0.77 R 0.74),
    // regions F1 0.78 (0.78), topics P 0.65 R 0.68 (0.64 / 0.66).
    [InlineData("heldout12-articles.json", 0.76, 0.72, 0.74, 0.61, 0.64)]
    // Set 13. Written by an eleventh helper the same way (job titles before names, landforms, festivals, teams and products
    // asked for), after the ninth round (landforms and provinces, hyphened places and pairings, portfolios before a role),
    // and measured once: actors P 0.69 R 0.64 (the code before the ninth round: P 0.67 R 0.63), regions F1 0.73 (0.73),
    // topics P 0.88 R 0.66 (unchanged).
    [InlineData("heldout13-articles.json", 0.65, 0.60, 0.69, 0.84, 0.62)]
    // Set 14. Written by a twelfth helper the same way (everyday wire copy on every continent, every topic an article is
    // about), after the tenth round (ranks, units, regional adjectives, "Korea", fields, roads, "plc"), and measured once:
    // actors P 0.78 R 0.74 (the code before the ninth and tenth rounds: P 0.75 R 0.71), regions F1 0.71 (0.71), topics
    // P 0.76 R 0.81 (unchanged).
    [InlineData("heldout14-articles.json", 0.74, 0.70, 0.67, 0.72, 0.77)]
    // Set 15. Written by a thirteenth helper the same way (quotations opening paragraphs, honorifics, plural nationalities,
    // sports bodies asked for), after the eleventh round (roles carried by "of", chiefs' titles, honorifics, news agencies,
    // plural acronyms, ports, headline verbs), and measured once: actors P 0.69 R 0.63 (the code before the ninth to
    // eleventh rounds: P 0.65 R 0.59), regions F1 0.74 (0.75), topics P 0.62 R 0.77 (unchanged).
    [InlineData("heldout15-articles.json", 0.65, 0.59, 0.70, 0.58, 0.73)]
    // Set 16. Written by a fourteenth helper the same way (roles before names, events, products and vehicles asked for),
    // after the eleventh round and "Chief Executive" as a chief's title, and measured once: actors P 0.74 R 0.67 (the code
    // before the ninth to eleventh rounds: P 0.72 R 0.65), regions F1 0.78 (0.78), topics P 0.66 R 0.81 (unchanged).
    [InlineData("heldout16-articles.json", 0.70, 0.63, 0.74, 0.62, 0.77)]
    // Set 17. Written by a fifteenth helper the same way (roles before names in many styles asked for; 8.7 labelled actors
    // per full article, above MaxActors), after the twelfth round, and measured once: actors P 0.82 R 0.60 (the code before
    // the ninth to twelfth rounds: P 0.76 R 0.55), regions F1 0.76 (0.76), topics P 0.65 R 0.78 (unchanged).
    [InlineData("heldout17-articles.json", 0.78, 0.56, 0.72, 0.61, 0.74)]
    // Set 18: written by a sixteenth helper, measured once after the thirteenth round (legal forms, "All …", company
    // names): actors P 0.77 R 0.54, regions F1 0.64, topics P 0.72 R 0.63, the same as the code before that round.
    [InlineData("heldout18-articles.json", 0.74, 0.51, 0.60, 0.68, 0.60)]
    // Set 19: written by a seventeenth helper (8.5 labelled actors per full article), measured once after the fourteenth
    // round (compass words, holidays, ranks and offices, plural peoples): actors P 0.78 R 0.56 (the code before that round:
    // P 0.77 R 0.56), regions F1 0.90 (0.90), topics P 0.65 R 0.65 (unchanged).
    [InlineData("heldout19-articles.json", 0.75, 0.53, 0.86, 0.61, 0.61)]
    // Set 20: written by an eighteenth helper (30 beats in 33 countries), measured once before the sixteenth round
    // (possessive places, international bodies, legal forms, currencies, British spellings), which was then written on
    // the errors of sets 1 to 20: actors P 0.74 R 0.58, regions F1 0.86, topics P 0.72 R 0.81; after it actors P 0.78 R 0.61.
    [InlineData("heldout20-articles.json", 0.75, 0.58, 0.83, 0.69, 0.78)]
    // Set 21: written by a nineteenth helper (30 beats, most outside the usual ones: insurance, fisheries, wine, mobile
    // money; 33 countries), measured once (with `bellwether extract`) before the eighteenth round, written on its errors: actors
    // P 0.77 R 0.62, regions F1 0.80, topics P 0.55 R 0.48 (the taxonomy has no topic for most of its beats).
    [InlineData("heldout21-articles.json", 0.76, 0.60, 0.80, 0.52, 0.45)]
    // Set 22: written by a twentieth helper (the beats of a general business and world feed, 37 countries; 8.7 labelled
    // actors per full article), measured once after the eighteenth round: actors P 0.77 R 0.55, regions F1 0.85, topics
    // P 0.62 R 0.88. The nineteenth round was written on its errors (after it: actors P 0.83 R 0.60).
    [InlineData("heldout22-articles.json", 0.74, 0.52, 0.82, 0.58, 0.84)]
    // Set 23: written by a twenty-first helper (regional and local news: councils, utilities, clubs, cooperatives, in 30
    // countries; 9.7 labelled actors per full article), measured once after the nineteenth round: actors P 0.77 R 0.50,
    // regions F1 0.76, topics P 0.66 R 0.73. The twentieth round was written on its errors (after it: actors P 0.80 R 0.52).
    [InlineData("heldout23-articles.json", 0.74, 0.47, 0.73, 0.62, 0.70)]
    // Set 24: written by a twenty-second helper (the specialised trade press: mining, shipping, chemicals, steel, in 32
    // countries; 9.6 labelled actors per full article), measured once after the twentieth round: actors P 0.78 R 0.51,
    // regions F1 0.83, topics P 0.45 R 0.48 (most of its trades have no topic of their own). The twenty-first round was
    // written on its errors (after it: actors P 0.83 R 0.54).
    [InlineData("heldout24-articles.json", 0.75, 0.48, 0.80, 0.42, 0.45)]
    // Set 25: written by a twenty-third helper (politics, policy and public institutions as a wire covers them, 30
    // countries; 9.8 labelled actors per full article), measured once after the twenty-first round: actors P 0.86 R 0.55,
    // regions F1 0.91, topics P 0.54 R 0.72. The twenty-second round was written on its errors (after it: actors P 0.94 R 0.60).
    [InlineData("heldout25-articles.json", 0.83, 0.52, 0.88, 0.51, 0.69)]
    // Set 26: written by a twenty-fourth helper (health, science, environment and technology: hospitals, regulators,
    // research institutes, space agencies, telecoms, in 31 countries; 10.2 labelled actors per full article), measured once
    // after the twenty-second round: actors P 0.73 R 0.46, regions F1 0.90, topics P 0.61 R 0.73. The twenty-third round was
    // written on its errors (after it: actors P 0.81 R 0.50).
    [InlineData("heldout26-articles.json", 0.70, 0.43, 0.87, 0.58, 0.70)]
    // Set 27: written by a twenty-fifth helper (business, companies, labour and consumers: results and deals, strikes and
    // unions, retailers, banks, transport operators, in 30 countries; 12.0 labelled actors per full article), measured
    // once after the twenty-third round: actors P 0.89 R 0.48, regions F1 0.81, topics P 0.76 R 0.75. The twenty-fourth
    // round was written on its errors (after it: actors P 0.91 R 0.49).
    [InlineData("heldout27-articles.json", 0.86, 0.45, 0.78, 0.73, 0.72)]
    // Set 28: written by a twenty-sixth helper (international affairs and development: diplomacy, conflict, migration, aid,
    // development banks, disasters, in 44 countries; 10.0 labelled actors per full article), measured once after the
    // twenty-fourth round: actors P 0.77 R 0.48, regions F1 0.90, topics P 0.52 R 0.56. The twenty-fifth round was
    // written on its errors (after it: actors P 0.79 R 0.49).
    [InlineData("heldout28-articles.json", 0.74, 0.45, 0.87, 0.49, 0.53)]
    // Set 29: written by a twenty-seventh helper (economic and industrial policy, infrastructure and public administration:
    // budgets, subsidies, state companies, rail, ports, grids, water, regulators, in 31 countries; 7.2 labelled actors per
    // full article), measured once after the twenty-fifth round: actors P 0.76 R 0.63, regions F1 0.95, topics P 0.62 R 0.70.
    // The twenty-sixth round was written on its errors (after it: actors P 0.80 R 0.66).
    [InlineData("heldout29-articles.json", 0.77, 0.63, 0.92, 0.59, 0.67)]
    // Set 30: written by a twenty-eighth helper (justice, institutions and society: courts, corruption, policing, rights
    // bodies, parliaments, press freedom, universities, hospitals, sport and culture, in 32 countries; 6.1 labelled actors
    // per full article), measured once after the twenty-sixth round: actors P 0.63 R 0.63, regions F1 0.90, topics P 0.52
    // R 0.59. The twenty-seventh round was written on its errors (after it: actors P 0.71 R 0.70).
    [InlineData("heldout30-articles.json", 0.68, 0.66, 0.86, 0.49, 0.55)]
    // Set 31: written by a twenty-ninth helper (regional and local news: councils, transport, weather, utilities, local
    // hospitals, schools, housing, crime, farming, tourism and sport, in 30 countries; 7.3 labelled actors per full
    // article), measured once after the twenty-seventh round: actors P 0.62 R 0.52, regions F1 0.83, topics P 0.62 R 0.79.
    // The twenty-eighth round was written on its errors (after it: actors P 0.68 R 0.57).
    [InlineData("heldout31-articles.json", 0.65, 0.54, 0.80, 0.59, 0.75)]
    // Set 32: written by a thirtieth helper (finance and markets: central banks, banks, insurers, exchanges, bonds, funds,
    // fintech, crypto, takeovers, ratings, in 32 countries; 6.0 labelled actors per full article), measured once after the
    // twenty-eighth round: actors P 0.57 R 0.60, regions F1 0.91, topics P 0.57 R 0.81. The twenty-ninth round was written
    // on its errors (after it: actors P 0.59 R 0.60).
    [InlineData("heldout32-articles.json", 0.56, 0.57, 0.88, 0.54, 0.77)]
    // Set 33: written by a thirty-second helper (technology, telecoms, cyber security, space, aviation, rail, automotive and
    // logistics, in 31 countries; 7.2 labelled actors per full article), measured once after the first half of the thirtieth
    // round (written on set 34): actors P 0.68 R 0.57, regions F1 0.79, topics P 0.64 R 0.63. The second half was written on
    // its errors (after it: actors P 0.71 R 0.59).
    [InlineData("heldout33-articles.json", 0.68, 0.56, 0.76, 0.61, 0.60)]
    // Set 34: written by a thirty-first helper (commodities and the real economy: farming, food prices, fisheries, mining,
    // power, water, fertiliser, ports and freight, in 34 countries; 7.7 labelled actors per full article), measured once
    // after the twenty-ninth round: actors P 0.72 R 0.58, regions F1 0.77, topics P 0.74 R 0.60. The thirtieth round was
    // written on its errors and set 33's (after it: actors P 0.77 R 0.61, topics P 0.76 R 0.60).
    [InlineData("heldout34-articles.json", 0.74, 0.58, 0.74, 0.73, 0.57)]
    // Set 35: written by a thirty-third helper (consumers and the everyday economy: retail, prices, tourism, media, sport as
    // a business, rents, delivery apps, consumer regulators, in 30 countries; 8.0 labelled actors per full article),
    // measured once after the thirtieth round: actors P 0.67 R 0.53, regions F1 0.87, topics P 0.69 R 0.57. The
    // thirty-first round was written on its errors (after it: actors P 0.68 R 0.54).
    [InlineData("heldout35-articles.json", 0.66, 0.51, 0.84, 0.66, 0.54)]
    // Set 36: written by a thirty-fourth helper (education, science and culture: universities and schools, research funding,
    // exams, museums and heritage, archaeology, publishing, film, languages, in 33 countries; 7.0 labelled actors per full
    // article; ten headlines as an aggregator lists them, some ending with their outlet's name, which the fixture's articles
    // do not carry as a source), measured once after the rules of 2026-12-07: actors P 0.57 R 0.53, regions F1 0.86,
    // topics P 0.70 R 0.76. The thirty-second round was written on its errors (after it: actors P 0.59 R 0.55).
    [InlineData("heldout36-articles.json", 0.54, 0.50, 0.83, 0.67, 0.73)]
    // Set 37: written by a thirty-fifth helper (local news and public services: city budgets, hospitals, transport, waste and
    // water, local courts and policing, local elections, a factory, a port, a supermarket chain, in 30 countries; 10.0
    // labelled actors per full article), measured once after the plain candidates of 2026-12-07: actors P 0.74 R 0.49,
    // regions F1 0.86, topics P 0.57 R 0.51. The thirty-third round was written on its errors (after it: actors P 0.76 R 0.51).
    [InlineData("heldout37-articles.json", 0.73, 0.48, 0.83, 0.54, 0.48)]
    // Set 38: written by a thirty-sixth helper (entertainment, sport and consumer technology: box office, music, television,
    // football and cricket business, tennis, an Olympic bid, games and consoles, phones, app stores, social media, in 29
    // countries; 9.1 labelled actors per full article), measured once after the thirty-third round: actors P 0.74 R 0.52,
    // regions F1 0.85, topics P 0.54 R 0.51. The thirty-fourth round was written on its errors (after it: actors P 0.88 R 0.61).
    [InlineData("heldout38-articles.json", 0.71, 0.49, 0.82, 0.51, 0.48)]
    // Set 39: written by a thirty-seventh helper (a general news wire's day: world politics, business, crime and courts,
    // science and medicine, disasters, transport, weather and public health, in 31 countries; 11.7 labelled actors per
    // full article), measured once after the thirty-fourth round: actors P 0.88 R 0.47, regions F1 0.87, topics P 0.73
    // R 0.85. The thirty-fifth round was written on its errors (after it: actors P 0.91 R 0.49, regions F1 0.90).
    [InlineData("heldout39-articles.json", 0.85, 0.44, 0.84, 0.70, 0.82)]
    // Set 40: written by a thirty-eighth helper (another general news wire's day: diplomacy and conflict, markets, deals,
    // energy, technology, health, courts, migration, sport business and farming, in 33 countries, many in Asia, Africa
    // and Latin America; 10.6 labelled actors per full article), measured once after the thirty-fifth round: actors
    // P 0.84 R 0.49, regions F1 0.85, topics P 0.64 R 0.75. The thirty-sixth round was written on its errors (after it:
    // actors P 0.91 R 0.53).
    [InlineData("heldout40-articles.json", 0.81, 0.46, 0.82, 0.61, 0.72)]
    // Set 41: written by a thirty-ninth helper (a regional desk's day in Africa, South and Southeast Asia, Latin America,
    // Eastern Europe and the Middle East: courts, strikes, drought, mining, telecoms, elections, ports, migration, in 31
    // countries; 10.4 labelled actors per full article), measured once after the thirty-sixth round: actors P 0.78 R 0.47,
    // regions F1 0.94, topics P 0.69 R 0.80. The thirty-seventh round was written on its errors (after it: actors P 0.84 R 0.50).
    [InlineData("heldout41-articles.json", 0.75, 0.44, 0.91, 0.66, 0.77)]
    // Set 42: written by a fortieth helper (a business and economy desk's day in Europe, North America, East Asia, Oceania
    // and the Gulf: results, takeovers, wage deals, energy prices, chip plants, drug approvals, antitrust, data rulings,
    // airlines, housing, central banks, budgets, in 30 countries; 9.5 labelled actors per full article; its labeller
    // counts stock exchanges as places, not actors), measured once after the thirty-seventh round: actors P 0.77 R 0.49,
    // regions F1 0.96, topics P 0.64 R 0.79. The thirty-ninth round was written on its errors (after it: actors P 0.84 R 0.54).
    [InlineData("heldout42-articles.json", 0.74, 0.46, 0.93, 0.61, 0.76)]
    // Set 43: written by a forty-first helper (a science, technology, environment and security desk's day: extreme weather,
    // conservation, nuclear and renewable power, space launches, chips, cyber attacks, data rulings, defence, border
    // clashes, outbreaks, drug prices, research funding, robots and minerals, in 33 countries and Antarctica; 8.8 labelled
    // actors per full article), measured once after the thirty-ninth round: actors P 0.79 R 0.55, regions F1 0.99, topics
    // P 0.68 R 0.78.
    [InlineData("heldout43-articles.json", 0.76, 0.52, 0.96, 0.65, 0.75)]
    // Set 44: written by a forty-second helper (a general wire's day as a reader's app shows it, with many companies named
    // by one invented word as real copy names them, in 30 countries; 11.2 labelled actors per full article), measured once
    // after the kept-actor rule: actors P 0.90 R 0.50, regions F1 0.92, topics P 0.68 R 0.83.
    [InlineData("heldout44-articles.json", 0.87, 0.47, 0.89, 0.65, 0.80)]
    // Set 45: written by a forty-third helper (an international wire's world service for a day, small countries among its
    // 34: Moldova, Bhutan, Namibia, Fiji, Laos, Mongolia; 9.8 labelled actors per full article), measured once after the
    // kept-actor rule and set 44: actors P 0.88 R 0.56, regions F1 0.92, topics P 0.59 R 0.84. The fortieth round was written
    // on its errors (after it: actors P 0.91 R 0.58).
    [InlineData("heldout45-articles.json", 0.85, 0.53, 0.89, 0.56, 0.81)]
    // Set 46: written by a forty-fourth helper (a business and technology desk's day: deals, earnings, listings, antitrust,
    // labour disputes at firms and tech policy, mostly invented companies, in 30 countries; 10.7 labelled actors per full
    // article), measured once after the fortieth round: actors P 0.93 R 0.55, regions F1 0.85, topics P 0.56 R 0.73. The
    // forty-first round was written on its errors (after it: actors P 0.97 R 0.57).
    [InlineData("heldout46-articles.json", 0.94, 0.54, 0.82, 0.53, 0.70)]
    // Set 47: written by a forty-fifth helper (local papers around the world: councils, local courts, hospitals, schools,
    // farmers' groups, transport, floods and police, in 30 countries; 11.1 labelled actors per full article, residents and
    // bodies named in passing among them), measured once after the forty-first round: actors P 0.77 R 0.45, regions F1 0.72,
    // topics P 0.60 R 0.45. The forty-second round was written on its errors (after it: actors P 0.79 R 0.46).
    [InlineData("heldout47-articles.json", 0.76, 0.43, 0.69, 0.57, 0.42)]
    // Set 48: written by a forty-sixth helper (a politics, security and justice desk's day: elections, coalition talks,
    // courts, corruption cases, sanctions, peace talks, insurgencies and police, in 34 countries; 10.1 labelled actors per
    // full article), measured once after the forty-second round and the city-before-an-initial rule: actors P 0.82 R 0.51,
    // regions F1 0.92, topics P 0.56 R 0.77. The forty-third round was written on its errors (after it: actors P 0.86 R 0.53).
    [InlineData("heldout48-articles.json", 0.83, 0.50, 0.87, 0.53, 0.74)]
    // Set 49: written by a forty-seventh helper (a health, science, education and society desk's day: hospitals, drug
    // shortages, outbreaks, universities, schools, pensions, welfare, migration services and prices, in 30 countries; 10.5
    // labelled actors per full article), measured once after the forty-third round: actors P 0.93 R 0.56, regions F1
    // 0.92, topics P 0.63 R 0.71. No rule has been written on it.
    [InlineData("heldout49-articles.json", 0.90, 0.53, 0.89, 0.60, 0.68)]
    // Set 50: written by a forty-eighth helper (an environment, agriculture, transport and infrastructure desk: ports,
    // railways, dams, droughts, fisheries, forestry and mining permits, in 30 countries; 11.5 labelled actors per full
    // article), measured once after the forty-fourth round (topic cues): actors P 0.90 R 0.50, regions F1 0.91, topics P
    // 0.72 R 0.66. The forty-fifth round was written on its errors and set 51's (after it: actors P 0.91 R 0.51).
    [InlineData("heldout50-articles.json", 0.88, 0.48, 0.88, 0.69, 0.63)]
    // Set 51: written by a forty-ninth helper (a regional economics and markets desk: central banks, budgets, currencies,
    // privatisations, pensions and strikes in Latin America, the Middle East, Asia and Eastern Europe, 30 countries; 12.6
    // labelled actors per full article; two outlets' names after headlines taken out of its labels before it ran, as the
    // other sets label them), measured once after the forty-fourth round: actors P 0.86 R 0.43, regions F1 0.92, topics
    // P 0.59 R 0.71. The forty-fifth round was written on its errors (after it: actors P 0.90 R 0.45).
    [InlineData("heldout51-articles.json", 0.87, 0.42, 0.89, 0.56, 0.68)]
    // Set 52: written by a fiftieth helper (a general-news wire desk's day: politics, business, courts, health, telecoms,
    // sport as business, science and culture, in 31 countries; 11.0 labelled actors per full article), measured once after
    // the forty-fifth round: actors P 0.93 R 0.54, regions F1 0.87, topics P 0.71 R 0.70. No rule has been written on it.
    [InlineData("heldout52-articles.json", 0.90, 0.51, 0.84, 0.68, 0.67)]
    // Set 53: written by a fifty-first helper (a science, health, technology and courts desk: drug regulators, hospitals,
    // universities, telecom operators, data-protection cases and prosecutors, in 30 countries; 7.8 labelled actors per
    // full article), measured once after the bracketed-label rule: actors P 0.73 R 0.58, regions F1 0.93, topics P 0.73
    // R 0.74. The forty-ninth round was written on its errors (after it: actors P 0.74 R 0.59, topics P 0.75 R 0.79).
    [InlineData("heldout53-articles.json", 0.70, 0.55, 0.90, 0.70, 0.71)]
    // Set 54: written by a fifty-second helper (a general international desk: central banks, budgets, farming, mining,
    // energy, labour and courts in 35 countries; 8.2 labelled actors per full article), measured once after the
    // bracketed-label rule: actors P 0.84 R 0.62, regions F1 0.95, topics P 0.70 R 0.69. The forty-seventh round (topic
    // cues) was written after it, on sets 1 to 52; it moved set 54's topics to P 0.72 R 0.70. The forty-eighth round was
    // written on its actor errors (after it: actors P 0.86 R 0.63).
    [InlineData("heldout54-articles.json", 0.81, 0.58, 0.92, 0.67, 0.66)]
    // Set 55: written by a fifty-third helper (a world politics, security and society desk: coalitions, parliaments,
    // corruption cases, border incidents, refugees, schools, pensions, housing and press freedom, with parties and
    // ministries named in Spanish, Portuguese, French and Romanian, in 33 countries; 7.6 labelled actors per full article),
    // measured once after the forty-eighth round: actors P 0.73 R 0.58, regions F1 0.93, topics P 0.69 R 0.74. The
    // forty-ninth round was written on its errors (after it: actors P 0.79 R 0.63).
    [InlineData("heldout55-articles.json", 0.70, 0.55, 0.90, 0.66, 0.71)]
    // Set 56: written by a fifty-fourth helper (a consumer, travel, culture and everyday-economy desk: airport charges,
    // supermarket prices, fares, tariffs, streaming, tourism levies, recalls, football clubs and festivals, in 31 countries;
    // 7.5 labelled actors per full article), measured once after the forty-ninth round: actors P 0.80 R 0.66, regions F1
    // 0.88, topics P 0.65 R 0.65. No rule has been written on it.
    [InlineData("heldout56-articles.json", 0.77, 0.63, 0.85, 0.62, 0.62)]
    // Set 57: written by a fifty-fifth helper (an industry, resources and infrastructure desk: mining licences, steel,
    // grids, water, ports, railways, cables, fertiliser, cocoa and hydropower, in 33 countries; 8.6 labelled actors per full
    // article), measured once after the forty-ninth round: actors P 0.76 R 0.55, regions F1 0.93, topics P 0.56 R 0.68.
    // The fiftieth round was written on its actor errors (after it: actors P 0.80 R 0.58).
    [InlineData("heldout57-articles.json", 0.73, 0.52, 0.90, 0.53, 0.65)]
    // Set 58: written by a fifty-sixth helper (a technology, media and platforms business desk: telecom operators,
    // spectrum, streaming quotas, broadcasting licences, games, app stores, payments and their regulators, in 31 countries,
    // none in the US or UK; 12.1 labelled actors per full article), measured once after the fifty-first round: actors P 0.92
    // R 0.48, regions F1 0.95, topics P 0.66 R 0.51. No rule has been written on it.
    [InlineData("heldout58-articles.json", 0.89, 0.45, 0.92, 0.63, 0.48)]
    public void Extract_HeldOutSet_MeetsTheMeasuredFloors(string fixture, double actorPrecision, double actorRecall, double regionF1, double topicPrecision, double topicRecall)
    {
        var (all, _, _) = Score(fixture, 30);

        all["actors"].Precision.Should().BeGreaterThanOrEqualTo(actorPrecision);
        all["actors"].Recall.Should().BeGreaterThanOrEqualTo(actorRecall);
        all["regions"].F1.Should().BeGreaterThanOrEqualTo(regionF1);
        all["topics"].Precision.Should().BeGreaterThanOrEqualTo(topicPrecision);
        all["topics"].Recall.Should().BeGreaterThanOrEqualTo(topicRecall);
    }

    [Theory]
    [InlineData("heldout58-articles.json")]
    [InlineData("heldout57-articles.json")]
    [InlineData("heldout56-articles.json")]
    [InlineData("heldout55-articles.json")]
    [InlineData("heldout54-articles.json")]
    [InlineData("heldout53-articles.json")]
    [InlineData("heldout52-articles.json")]
    [InlineData("heldout51-articles.json")]
    [InlineData("heldout50-articles.json")]
    [InlineData("heldout49-articles.json")]
    [InlineData("heldout48-articles.json")]
    [InlineData("heldout47-articles.json")]
    [InlineData("heldout46-articles.json")]
    [InlineData("heldout45-articles.json")]
    [InlineData("heldout44-articles.json")]
    [InlineData("heldout43-articles.json")]
    [InlineData("heldout42-articles.json")]
    [InlineData("heldout41-articles.json")]
    [InlineData("heldout40-articles.json")]
    [InlineData("heldout39-articles.json")]
    [InlineData("heldout38-articles.json")]
    [InlineData("heldout37-articles.json")]
    [InlineData("heldout36-articles.json")]
    [InlineData("heldout35-articles.json")]
    [InlineData("heldout34-articles.json")]
    [InlineData("heldout33-articles.json")]
    [InlineData("heldout32-articles.json")]
    [InlineData("heldout31-articles.json")]
    [InlineData("heldout30-articles.json")]
    [InlineData("heldout29-articles.json")]
    [InlineData("heldout28-articles.json")]
    [InlineData("heldout27-articles.json")]
    [InlineData("heldout26-articles.json")]
    [InlineData("heldout25-articles.json")]
    [InlineData("heldout24-articles.json")]
    [InlineData("heldout23-articles.json")]
    [InlineData("heldout22-articles.json")]
    [InlineData("heldout21-articles.json")]
    [InlineData("heldout20-articles.json")]
    [InlineData("heldout19-articles.json")]
    [InlineData("heldout18-articles.json")]
    [InlineData("heldout17-articles.json")]
    [InlineData("heldout16-articles.json")]
    [InlineData("heldout15-articles.json")]
    [InlineData("heldout14-articles.json")]
    [InlineData("heldout13-articles.json")]
    [InlineData("heldout12-articles.json")]
    [InlineData("heldout11-articles.json")]
    [InlineData("heldout10-articles.json")]
    [InlineData("heldout9-articles.json")]
    [InlineData("heldout8-articles.json")]
    [InlineData("heldout7-articles.json")]
    [InlineData("heldout6-articles.json")]
    [InlineData("heldout5-articles.json")]
    [InlineData("heldout-articles.json")]
    [InlineData("heldout2-articles.json")]
    [InlineData("heldout3-articles.json")]
    [InlineData("heldout4-articles.json")]
    public void Load_HeldOutFixture_LabelsOnlyBuiltInTopicsCodesAndNamesInTheText(string fixture)
    {
        var topics = DefaultTopics.All.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var articles = LabelledArticle.Load(fixture);
        // Set 23's helper could leave a beat the taxonomy has no topic for (city transit) without one, and set 36's three
        // archaeology stories have none either; the others labelled every article.
        articles.Count(a => a.Topics.Length == 0).Should().BeLessThanOrEqualTo(fixture == "heldout36-articles.json" ? 3 : 1, "{0} labels topics", fixture);
        foreach (var labelled in articles)
        {
            var text = labelled.Title + " " + labelled.Text;
            labelled.Topics.Where(t => !topics.Contains(t)).Should().BeEmpty("{0} labels only built-in topics", labelled.Id);
            labelled.Regions.Where(r => r.Length != 2 || !r.All(char.IsAsciiLetterUpper)).Should().BeEmpty("{0} labels ISO codes", labelled.Id);
            labelled.Actors.Where(a => !text.Contains(a, StringComparison.Ordinal)).Should().BeEmpty("{0} labels names as the article writes them", labelled.Id);
        }
    }

    private (Dictionary<string, FieldScore> All, Dictionary<string, FieldScore> Full, Dictionary<string, FieldScore> Headlines) Score(string fixture, int count)
    {
        var articles = LabelledArticle.Load(fixture);
        articles.Should().HaveCount(count);
        var extractor = Extractors.Default();
        var all = NewScores();
        var full = NewScores();
        var headlines = NewScores();
        foreach (var labelled in articles)
        {
            var candidate = extractor.Extract(labelled.ToArticle()).Should().ContainSingle().Subject;
            var subset = labelled.Text.Length == 0 ? headlines : full;
            foreach (var scores in new[] { all, subset })
            {
                var log = scores == all ? output : Silent.Instance;
                scores["actors"].Add(labelled.Id, labelled.Actors, candidate.Actors, log);
                scores["regions"].Add(labelled.Id, labelled.Regions, candidate.Regions, log);
                scores["topics"].Add(labelled.Id, labelled.Topics, candidate.Topics, log);
            }
        }

        Table($"{fixture}, all {count} articles", all);
        Table($"{fixture}, full articles", full);
        Table($"{fixture}, headlines without a body", headlines);
        return (all, full, headlines);
    }

    private static Dictionary<string, FieldScore> NewScores() =>
        new() { ["actors"] = new(), ["regions"] = new(), ["topics"] = new() };

    private void Table(string title, Dictionary<string, FieldScore> scores)
    {
        output.WriteLine(string.Empty);
        output.WriteLine($"Held-out {title}:");
        output.WriteLine("| field | precision | recall | F1 | counts |");
        output.WriteLine("| --- | --- | --- | --- | --- |");
        foreach (var (name, score) in scores)
        {
            output.WriteLine($"| {name} | {score.Precision:0.00} | {score.Recall:0.00} | {score.F1:0.00} | {score.Counts} |");
        }
    }

    private sealed class Silent : ITestOutputHelper
    {
        public static readonly Silent Instance = new();

        public void WriteLine(string message)
        {
        }

        public void WriteLine(string format, params object[] args)
        {
        }
    }

    /// <summary>The floors of set 2, a little below its figures when it was added.</summary>
    private static class FloorSet2
    {
        public const double ActorPrecision = 0.78;
        public const double ActorRecall = 0.85;
        public const double RegionF1 = 0.82;
        public const double TopicPrecision = 0.65;
        public const double TopicRecall = 0.75;
    }
}
