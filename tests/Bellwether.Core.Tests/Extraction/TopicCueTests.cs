namespace Bellwether.Core.Tests.Extraction;

/// <summary>Topic cues: the everyday words of a field name it, and a word every news story uses names none.</summary>
public sealed class TopicCueTests
{
    [Theory]
    [InlineData("Utility to add geothermal capacity", "The state utility will add 140 megawatts of geothermal capacity. Geothermal plants already supply a third of the country's power, and the utility plans more geothermal wells.", "renewables")]
    [InlineData("Cocoa board raises price paid to growers", "The cocoa board raised the farmgate price by 45% on Monday. Growers had been selling cocoa across the border, and the board said cocoa output fell this season.", "agriculture and food")]
    [InlineData("League sells broadcast rights", "The football league sold its television rights for five seasons. Two channels will split the matches, and the league said broadcast income would rise 9%.", "media and information")]
    [InlineData("Aramco raises $5 billion from dollar bond sale", "", "oil and gas")]
    [InlineData("Aramco raises $5 billion from dollar bond sale", "", "capital markets")]
    [InlineData("Typhoon forces 300,000 from homes", "The typhoon made landfall on Tuesday with winds of 180 km an hour. A second typhoon is forecast to reach the coast next week.", "climate")]
    [InlineData("Miner seeks higher royalties", "The state agency asked lithium producers on Monday to pay higher royalties. Royalties would rise from 6.8% to 9% of sales, the agency said.", "public finance")]
    [InlineData("FTC sues to block food distributors' merger", "", "competition and regulation")]
    [InlineData("Volkswagen to cut 3,000 jobs at two plants", "", "automotive")]
    [InlineData("Miners form lithium joint venture", "Two miners agreed a joint venture on Monday to develop a lithium deposit. The joint venture will be run by the larger partner until 2060.", "mergers and acquisitions")]
    [InlineData("Watchdog opens inquiry into procurement", "The anti-corruption commission opened an inquiry into the ministry's contracts on Monday. Campaigners said corruption and a lack of transparency had cost the state millions.", "governance")]
    [InlineData("Museum completes restitution of looted bronzes", "", "diplomacy")]
    [InlineData("Two neighbours resume border talks", "The two governments resumed talks on their disputed border on Monday. Negotiators said the talks would continue next month in a third country.", "diplomacy")]
    [InlineData("Island caps daily visitors as tourists crowd beaches", "", "consumers and retail")]
    [InlineData("Telecom operator told to refund subscribers after outage", "", "consumers and retail")]
    [InlineData("Carrier's owner threatens price war on bigger rivals", "", "competition and regulation")]
    [InlineData("Lender restores app after ransomware attack", "The bank said its app was back after the attack. Cybersecurity experts said the bank had invested in apps but less in the systems behind them, and the bank's deposits were safe.", "cybersecurity")]
    [InlineData("Housing starts fall to a three-year low", "", "housing")]
    [InlineData("Network adds 400 megawatts of new capacity", "", "energy")]
    [InlineData("Steelmakers fear higher duties", "", "trade policy")]
    [InlineData("Storm cuts roads across the north", "", "climate")]
    [InlineData("Casino fined over money laundering failures", "", "banking")]
    [InlineData("Former mayor jailed for bribery", "", "courts and litigation")]
    [InlineData("Province plans visa for seasonal workers", "", "migration")]
    [InlineData("Births fall for a ninth year", "", "demographics")]
    [InlineData("Fruit growers count frost damage", "", "agriculture and food")]
    [InlineData("Uranium producer restarts shaft", "", "critical minerals")]
    [InlineData("Shipyard wins order for four ferries", "", "shipping")]
    public void Extract_ArticleInTheWordsOfItsField_GetsThatTopic(string title, string text, string topic) =>
        Extractors.SingleCandidate(title, text).Topics.Should().Contain(topic);

    [Fact]
    public void Extract_ArticleThatOnlyMentionsTheGovernment_IsNotAboutGovernance() =>
        Extractors.SingleCandidate(
            "Bank must hold more capital under new rules",
            "The bank would have to hold $24 billion more capital under rules the government proposed on Friday. The government said lenders must absorb losses without a bailout, and the bank said the government's plan went too far.")
            .Topics.Should().NotContain("governance");

    [Theory]
    [InlineData("Tea prices slide at auction", "Tea prices fell at the weekly auction as buyers held back. Kenya's tea exports earned less this year, and importers in two markets bought less tea, while imports of fertiliser rose.", "trade policy")]
    [InlineData("Miner lifts copper output", "The miner said copper output rose 12% in the quarter and its shares rose 3%. Stock of refined copper at the smelter fell, and the company said shares in its local unit would not be sold.", "capital markets")]
    [InlineData("Builders warn of rising costs", "Builders said a shortage of bricks had pushed costs up 8%. One supplier raised prices twice this year, and another supplier said the shortage would last into spring.", "supply chains")]
    [InlineData("Pilots vote to strike over pay", "Pilots at the airline voted to strike for five days in a row over pay. The union said the vote was its largest in a decade, and the airline said talks could still resume.", "elections")]
    [InlineData("Council votes to raise bus fares", "", "elections")]
    [InlineData("Singer's deposition video surfaces online", "", "banking")]
    [InlineData("Actors launch campaign to get girls coding", "", "elections")]
    [InlineData("Carrier's owner threatens price war on bigger rivals", "", "armed conflict")]
    [InlineData("Lender restores app after outage", "The bank said customers could use its app again. Customers had been unable to pay bills for two days, and the bank said no customer had lost money.", "trade policy")]
    [InlineData("House passes spending bill", "The House passed the bill on Friday. The White House said the president would sign it, and the House speaker said the Senate should follow.", "housing")]
    public void Extract_ArticleInWordsEveryBeatUses_IsNotAboutTheTopicTheyOnceCued(string title, string text, string topic) =>
        Extractors.SingleCandidate(title, text).Topics.Should().NotContain(topic);
}
