#include "checklist.h"

#include "incident.h"

#include <QCoreApplication>
#include <QFile>
#include <nlohmann/json.hpp>

namespace faultline {

namespace {
QString str(const nlohmann::json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                                 : QString();
}
} // namespace

Checklist Checklist::fromJson(const QByteArray &json, QString *error)
{
    Checklist checklist;
    const nlohmann::json root =
        nlohmann::json::parse(json.constBegin(), json.constEnd(), nullptr, false);
    if (root.is_discarded() || !root.is_object() || !root.contains("entries") ||
        !root["entries"].is_array()) {
        if (error)
            *error = QStringLiteral("checklist: not a checklist document");
        return checklist;
    }
    for (const auto &item : root["entries"]) {
        if (!item.is_object())
            continue;
        ChecklistEntry entry{str(item, "id"), str(item, "area"), str(item, "name"),
                             str(item, "description"), str(item, "reference")};
        if (!entry.id.isEmpty())
            checklist.m_entries.append(entry);
    }
    if (root.contains("references") && root["references"].is_object())
        for (const auto &[key, value] : root["references"].items())
            if (value.is_string())
                checklist.m_references.insert(QString::fromStdString(key),
                                              QString::fromStdString(value.get<std::string>()));
    return checklist;
}

const Checklist &Checklist::builtIn()
{
    static const Checklist checklist = [] {
        QFile file(QStringLiteral(":/faultline/checklist.json"));
        if (!file.open(QIODevice::ReadOnly))
            return Checklist();
        return fromJson(file.readAll(), nullptr);
    }();
    return checklist;
}

Checklist Checklist::forIncident(const Incident &incident)
{
    Checklist checklist = builtIn();
    checklist.m_entries.append(incident.checklistExtensions);
    return checklist;
}

const ChecklistEntry *Checklist::find(const QString &id) const
{
    for (const ChecklistEntry &entry : m_entries)
        if (entry.id == id)
            return &entry;
    return nullptr;
}

QList<ChecklistEntry> Checklist::entriesForArea(const QString &kindId) const
{
    QList<ChecklistEntry> result;
    for (const ChecklistEntry &entry : m_entries)
        if (entry.area == kindId)
            result.append(entry);
    return result;
}

// The checklist resource is data, which lupdate cannot read: this table holds
// every name and description of resources/checklist.json so lupdate finds them
// in the "faultline::Checklist" context. tests/app/tst_translations checks it
// against the resource, so an entry added to the JSON without a row here fails.
// clang-format off
const char *const kChecklistSourceTexts[] = {
    QT_TRANSLATE_NOOP("faultline::Checklist", "Reward misspecified"),
    QT_TRANSLATE_NOOP("faultline::Checklist", "The reward function scores something other than what the designers intended, so maximising it does not produce the intended behaviour."),
    QT_TRANSLATE_NOOP("faultline::Checklist", "Broken game mechanics"),
    QT_TRANSLATE_NOOP("faultline::Checklist", "The game or task rules contain an unintended way to earn reward, such as respawning targets or an exploitable scoring bug (the problem statement lists this point under the reward function; it is filed under environment here because the rules belong to the game)."),
    QT_TRANSLATE_NOOP("faultline::Checklist", "Lacks diverse training environments"),
    QT_TRANSLATE_NOOP("faultline::Checklist", "Training environments vary too little, so features that happen to co-occur with the goal in training can be learned in its place."),
    QT_TRANSLATE_NOOP("faultline::Checklist", "Broken physics"),
    QT_TRANSLATE_NOOP("faultline::Checklist", "The simulated physics allows movements or forces that would be impossible in the world the task models."),
    QT_TRANSLATE_NOOP("faultline::Checklist", "Conflicting environmental cues for reward"),
    QT_TRANSLATE_NOOP("faultline::Checklist", "More than one feature of the environment predicts reward in training, and they come apart at test time."),
    QT_TRANSLATE_NOOP("faultline::Checklist", "Inappropriate inductive bias"),
    QT_TRANSLATE_NOOP("faultline::Checklist", "The learning algorithm or architecture prefers a simple proxy feature over the intended goal when both fit the training data."),
    QT_TRANSLATE_NOOP("faultline::Checklist", "Reward shaping not potential-based"),
    QT_TRANSLATE_NOOP("faultline::Checklist", "Intermediate shaping rewards are not a difference of potentials, so they change which policy is optimal and can be farmed."),
    QT_TRANSLATE_NOOP("faultline::Checklist", "Outcome specified too loosely"),
    QT_TRANSLATE_NOOP("faultline::Checklist", "The reward checks a measurable outcome that a shortcut can achieve without the intended process."),
    QT_TRANSLATE_NOOP("faultline::Checklist", "Learned reward model or evaluator fooled"),
    QT_TRANSLATE_NOOP("faultline::Checklist", "A learned reward model or human evaluator rewards what looks right from its vantage point, and the agent exploits the gap."),
    QT_TRANSLATE_NOOP("faultline::Checklist", "Reward-function tampering"),
    QT_TRANSLATE_NOOP("faultline::Checklist", "The agent changes the reward function itself, such as its code or parameters, instead of doing the task."),
    QT_TRANSLATE_NOOP("faultline::Checklist", "Reward-input tampering"),
    QT_TRANSLATE_NOOP("faultline::Checklist", "The agent corrupts the inputs the reward function reads, such as its observations, while the reward function itself stays intact."),
    QT_TRANSLATE_NOOP("faultline::Checklist", "Simulator or emulator bug"),
    QT_TRANSLATE_NOOP("faultline::Checklist", "A bug in the simulator, emulator or game code gives reward or movement that the real task would not allow."),
    QT_TRANSLATE_NOOP("faultline::Checklist", "Spurious correlation in the training distribution"),
    QT_TRANSLATE_NOOP("faultline::Checklist", "A feature that is correlated with the goal only in the training distribution is learned as the goal."),
    QT_TRANSLATE_NOOP("faultline::Checklist", "Distribution shift between training and test"),
    QT_TRANSLATE_NOOP("faultline::Checklist", "The test situation differs from training in a way the agent was never exposed to."),
    QT_TRANSLATE_NOOP("faultline::Checklist", "Horizon or episode-length shift"),
    QT_TRANSLATE_NOOP("faultline::Checklist", "The agent is deployed over a longer horizon or without resets, unlike in training."),
    QT_TRANSLATE_NOOP("faultline::Checklist", "Capabilities generalise, goal does not"),
    QT_TRANSLATE_NOOP("faultline::Checklist", "The agent keeps its skills out of distribution but pursues a goal other than the intended one, even under a correct specification."),
    QT_TRANSLATE_NOOP("faultline::Checklist", "Premature exploitation or too little exploration"),
    QT_TRANSLATE_NOOP("faultline::Checklist", "The learner settles on the first rewarding strategy it finds and stops exploring alternatives."),
    QT_TRANSLATE_NOOP("faultline::Checklist", "Model exploitation in model-based RL"),
    QT_TRANSLATE_NOOP("faultline::Checklist", "The agent plans against errors of its learned world model rather than the real dynamics."),
    QT_TRANSLATE_NOOP("faultline::Checklist", "Stuck in a local optimum"),
    QT_TRANSLATE_NOOP("faultline::Checklist", "The optimiser converges to a poor strategy that small changes cannot improve."),
    QT_TRANSLATE_NOOP("faultline::Checklist", "Strong optimisation finds unintended solutions"),
    QT_TRANSLATE_NOOP("faultline::Checklist", "Powerful search (self-play, evolution strategies) explores far enough to find loopholes a designer did not foresee."),
    QT_TRANSLATE_NOOP("faultline::Checklist", "Negative side effects"),
    QT_TRANSLATE_NOOP("faultline::Checklist", "The objective says nothing about parts of the environment the designers care about, so the agent disturbs them."),
    QT_TRANSLATE_NOOP("faultline::Checklist", "Reward hacking"),
    QT_TRANSLATE_NOOP("faultline::Checklist", "The agent finds a way to obtain high reward that defeats the designers' intent."),
    QT_TRANSLATE_NOOP("faultline::Checklist", "Oversight too sparse or too costly"),
    QT_TRANSLATE_NOOP("faultline::Checklist", "The intended behaviour can only be checked rarely or expensively, so training relies on a weaker proxy."),
    QT_TRANSLATE_NOOP("faultline::Checklist", "Unsafe exploration"),
    QT_TRANSLATE_NOOP("faultline::Checklist", "Exploratory actions can cause damage that cannot be undone."),
    QT_TRANSLATE_NOOP("faultline::Checklist", "Intent left implicit"),
    QT_TRANSLATE_NOOP("faultline::Checklist", "The designers' goal was never written down beyond the reward, so nothing rules out unwanted solutions."),
    QT_TRANSLATE_NOOP("faultline::Checklist", "Learns too slowly for its own impact"),
    QT_TRANSLATE_NOOP("faultline::Checklist", "In online learning without resets, the learner changes its policy more slowly than its actions change the environment, so it does damage before learning catches up."),
    QT_TRANSLATE_NOOP("faultline::Checklist", "Shortcut to the measured outcome within reach"),
    QT_TRANSLATE_NOOP("faultline::Checklist", "The environment lets the agent produce the measured outcome by a cheaper action than the intended one, such as flipping an object instead of moving it."),
    QT_TRANSLATE_NOOP("faultline::Checklist", "Evaluator's view cannot tell success from its appearance"),
    QT_TRANSLATE_NOOP("faultline::Checklist", "The evaluator sees the task through a view, such as a single camera without depth cues, in which looking successful and being successful look alike."),
    QT_TRANSLATE_NOOP("faultline::Checklist", "Failure of abstraction"),
    QT_TRANSLATE_NOOP("faultline::Checklist", "The task is specified on wrong assumptions about the simulator or the world, and the agent exploits where reality departs from them."),
    QT_TRANSLATE_NOOP("faultline::Checklist", "Self-induced distribution shift"),
    QT_TRANSLATE_NOOP("faultline::Checklist", "The agent's own behaviour changes the distribution of its inputs, for example as its skill grows, so it meets situations it did not train on."),
    QT_TRANSLATE_NOOP("faultline::Checklist", "Reward-model over-optimisation"),
    QT_TRANSLATE_NOOP("faultline::Checklist", "A learned reward model is an imperfect proxy, and optimising it too hard lowers the true performance."),
    QT_TRANSLATE_NOOP("faultline::Checklist", "Evaluator manipulation"),
    QT_TRANSLATE_NOOP("faultline::Checklist", "The agent acts on what the evaluator perceives, tricking or misleading it, instead of on the task the evaluator checks."),
    QT_TRANSLATE_NOOP("faultline::Checklist", "Learned optimisation or deceptive alignment"),
    QT_TRANSLATE_NOOP("faultline::Checklist", "The trained model is itself an optimiser whose objective may differ from the training objective and may only appear aligned while it is trained (an open question of the problem statement)."),
};
// clang-format on

QStringList Checklist::translatableTexts()
{
    QStringList texts;
    for (const char *text : kChecklistSourceTexts)
        texts.append(QString::fromUtf8(text));
    return texts;
}

namespace {
// Only the built-in entries are translated: a document's own extension keeps
// the words its author wrote, even where they happen to match a built-in text.
bool isBuiltInText(const ChecklistEntry &entry)
{
    const ChecklistEntry *builtIn = Checklist::builtIn().find(entry.id);
    return builtIn && builtIn->name == entry.name && builtIn->description == entry.description;
}
} // namespace

QString Checklist::displayName(const ChecklistEntry &entry)
{
    if (!isBuiltInText(entry))
        return entry.name;
    return QCoreApplication::translate("faultline::Checklist", entry.name.toUtf8().constData());
}

QString Checklist::displayDescription(const ChecklistEntry &entry)
{
    if (!isBuiltInText(entry))
        return entry.description;
    return QCoreApplication::translate("faultline::Checklist",
                                       entry.description.toUtf8().constData());
}

} // namespace faultline
