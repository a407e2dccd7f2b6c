using GovSiteAudit.Detection;
using GovSiteAudit.Rubrics;
using GovSiteAudit.Scoring;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Scoring;

public sealed class ScorerTests
{
    private static readonly Rule AnyRule = new SchemeRule("https");

    private static Dimension Dimension(string id, double weight, params (string Id, double Weight)[] indicators) =>
        new(id, id, weight, null, indicators.Select(i => new Indicator(i.Id, i.Id, i.Weight, null, AnyRule)).ToList());

    private static Rubric RubricOf(params Dimension[] dimensions) => new("t", "T", null, null, dimensions, "test");

    private static Finding Found(string dimension, string indicator, double points) => new(dimension, indicator, true, points, new Evidence("u", "e", "t"));

    private static Finding Missed(string dimension, string indicator) => new(dimension, indicator, false, 0, null);

    [Test]
    public void Dimension_score_is_found_weight_over_total_weight()
    {
        var rubric = RubricOf(Dimension("a", 1, ("x", 1), ("y", 3)));

        var score = Scorer.Score(rubric, [Missed("a", "x"), Found("a", "y", 3)]);

        Assert.That(score.Dimensions, Is.EqualTo(new[] { new DimensionScore("a", 75, 3, 4) }));
        Assert.That(score.Total, Is.EqualTo(75));
    }

    [Test]
    public void Scores_are_rounded_to_one_decimal_half_away_from_zero()
    {
        // 1/3 → 33.333…; 1/8 → 12.5 exactly; 1/16 → 6.25 → 6.3 (away from zero, not banker's 6.2).
        var rubric = RubricOf(
            Dimension("third", 1, ("a", 1), ("b", 1), ("c", 1)),
            Dimension("sixteenth", 1, ("a", 1), ("b", 15)));

        var score = Scorer.Score(rubric, [Found("third", "a", 1), Found("sixteenth", "a", 1)]);

        Assert.That(score.Dimensions[0].Score, Is.EqualTo(33.3));
        Assert.That(score.Dimensions[1].Score, Is.EqualTo(6.3));
        // (33.333… + 6.25) / 2 = 19.791… → 19.8 (from rounded values it would be 19.8 too, so check the next case)
        Assert.That(score.Total, Is.EqualTo(19.8));
    }

    [Test]
    public void Total_is_dimension_weighted_and_uses_unrounded_scores()
    {
        // Scores 100/3 (weight 3) and 0 (weight 1): unrounded total 25.0; from rounded 33.3 it would be 24.975 → 25.0 as well,
        // so use weights where rounding first would change the answer: 2/3 = 66.666… (weight 1), 1/6 = 16.666… (weight 2).
        var rubric = RubricOf(
            Dimension("a", 1, ("x", 1), ("y", 1), ("z", 1)),
            Dimension("b", 2, ("x", 1), ("y", 5)));

        var score = Scorer.Score(rubric, [Found("a", "x", 1), Found("a", "y", 1), Missed("a", "z"), Found("b", "x", 1)]);

        Assert.That(score.Dimensions.Select(d => d.Score), Is.EqualTo(new[] { 66.7, 16.7 }));
        // Unrounded: (66.666… + 2 × 16.666…) / 3 = 33.333… → 33.3; from rounded values: (66.7 + 33.4) / 3 = 33.366… → 33.4.
        Assert.That(score.Total, Is.EqualTo(33.3));
    }

    [Test]
    public void Missing_findings_count_as_not_found_and_empty_weights_score_zero()
    {
        var rubric = RubricOf(Dimension("a", 1, ("x", 2)), Dimension("b", 3, ("y", 1)));

        var score = Scorer.Score(rubric, [Found("b", "y", 1)]);

        Assert.That(score.Dimensions[0], Is.EqualTo(new DimensionScore("a", 0, 0, 2)));
        Assert.That(score.Total, Is.EqualTo(75));
    }

    [Test]
    public void Finding_of_another_dimension_with_same_indicator_id_does_not_count()
    {
        var rubric = RubricOf(Dimension("a", 1, ("x", 1)), Dimension("b", 1, ("y", 1)));

        var score = Scorer.Score(rubric, [Found("b", "x", 1)]);

        Assert.That(score.Total, Is.EqualTo(0));
    }
}
