namespace Bellwether.Core.Tests.Extraction;

/// <summary>
/// A person's role after a comma comes before an agency's acronym ("Rosa Inés Valdivia, head of the National Institute
/// of Civil Defence (INDECI)"), a survey is an institution ("U.S. Geological Survey", "British Antarctic Survey"), and a
/// country named a quarter as often as the article's main one is named in passing.
/// </summary>
public sealed class AppositiveRolesAndSurveysTests
{
    [Fact]
    public void Extract_RoleBeforeDefinedAcronym_SeparatesPersonFromAgency()
    {
        var candidate = Extractors.SingleCandidate(
            "Earthquake",
            "\"We expect these figures to rise,\" said Rosa Inés Valdivia, head of the National Institute of Civil Defence (INDECI), in Lima on Monday. INDECI said 1,130 homes were destroyed.");

        candidate.Actors.Should().Contain(["Rosa Inés Valdivia", "National Institute of Civil Defence"]).And.HaveCount(2);
    }

    [Theory]
    [InlineData("The U.S. Geological Survey put the quake's magnitude at 7.1 on Monday, Rosa Quispe said.", "U.S. Geological Survey")]
    [InlineData("Scientists at the British Antarctic Survey said the shelf was thinning on Monday, Rosa Quispe said.", "British Antarctic Survey")]
    public void Extract_SurveyAfterItsCountry_IsOneInstitution(string text, string name)
    {
        var candidate = Extractors.SingleCandidate("Study", text);

        candidate.Actors.Should().Contain(name).And.NotContain(name[(name.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
    }

    [Fact]
    public void Extract_CountryNamedAQuarterAsOftenAsTheMainOne_IsNotARegion()
    {
        var candidate = Extractors.SingleCandidate(
            "Flooding",
            "Floods in Peru cut the main road on Monday. Peru's civil defence agency said Peru had lost 1,100 homes, and Peru asked for aid. A team from Chile is expected on Tuesday, Rosa Quispe said.");

        candidate.Regions.Should().Equal("PE");
    }
}
