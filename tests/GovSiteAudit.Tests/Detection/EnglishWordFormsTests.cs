using GovSiteAudit.Detection;
using NUnit.Framework;

namespace GovSiteAudit.Tests.Detection;

public sealed class EnglishWordFormsTests
{
    [TestCase("subscribe", "subscribes", "subscribed", "subscribing", "subscriber", "subscribers", "subscription", "subscriptions")]
    [TestCase("apply", "applies", "applied", "applying", "application", "applications", "applicant")]
    [TestCase("register", "registers", "registered", "registering", "registration", "registrations")]
    [TestCase("pay", "pays", "paid", "paying", "payment", "payments", "payer")]
    [TestCase("submit", "submits", "submitted", "submitting", "submission")]
    [TestCase("enrol", "enrols", "enrolled", "enrolment", "enrollment")]
    [TestCase("renew", "renewed", "renewal", "renewals")]
    [TestCase("consult", "consultation", "consultations", "consultant")]
    public void Inflections_and_derived_nouns_are_generated(string word, params string[] expected)
    {
        Assert.That(EnglishWordForms.Of(word), Is.SupersetOf(expected).And.Contains(word));
    }

    [TestCase("apply", "appliance", "apple")]
    [TestCase("pay", "payroll", "paypal")]
    [TestCase("sign", "signal", "signature")]
    public void Unrelated_words_sharing_a_stem_are_not_forms(string word, params string[] unrelated)
    {
        Assert.That(EnglishWordForms.Of(word), Has.None.AnyOf(unrelated));
    }
}
