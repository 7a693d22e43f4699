#include "gui/lessons/goal_text.h"

#include "gui/lessons/lesson_text.h"

#include "engine/layers/registry.h"
#include "engine/lesson/goals.h"

#include <QCoreApplication>
#include <QLocale>

#include <QLocale>

namespace nw::gui {
namespace {

// The translation context of the goals' words.
class GoalText {
    Q_DECLARE_TR_FUNCTIONS(GoalText)
};

QString value(double v, bool percent) {
    return percent ? QLocale().toString(100 * v, 'f', 1) + QStringLiteral("%")
                   : QLocale().toString(v, 'g', 4);
}

// "at least 90.0%", "at most 500", "between 2 and 3"
QString bounds(const nw::LessonGoal& goal, bool percent) {
    if (goal.atLeast && goal.atMost) {
        if (*goal.atLeast == *goal.atMost) return value(*goal.atLeast, percent);
        return GoalText::tr("between %1 and %2")
            .arg(value(*goal.atLeast, percent), value(*goal.atMost, percent));
    }
    if (goal.atLeast) return GoalText::tr("at least %1").arg(value(*goal.atLeast, percent));
    if (goal.atMost) return GoalText::tr("at most %1").arg(value(*goal.atMost, percent));
    return GoalText::tr("any");
}

QString metricGoal(const nw::LessonGoal& goal) {
    const bool percent = goal.name.find("Accuracy") != std::string::npos;
    const QString b = bounds(goal, percent);
    if (goal.name == "validationAccuracy") return GoalText::tr("Validation accuracy %1").arg(b);
    if (goal.name == "validationLoss") return GoalText::tr("Validation loss %1").arg(b);
    if (goal.name == "trainAccuracy") return GoalText::tr("Training accuracy %1").arg(b);
    if (goal.name == "trainLoss") return GoalText::tr("Training loss %1").arg(b);
    return QString::fromStdString(nw::describeGoal(goal));
}

QString outcomeWord(nw::RunOutcome outcome) {
    switch (outcome) {
    case nw::RunOutcome::Completed: return GoalText::tr("completed");
    case nw::RunOutcome::Stopped: return GoalText::tr("stopped");
    case nw::RunOutcome::EarlyStopped: return GoalText::tr("early-stopped");
    case nw::RunOutcome::Diverged: return GoalText::tr("diverged");
    }
    return {};
}

} // namespace

QString goalInWords(const nw::LessonGoal& goal) {
    if (!goal.text.empty()) return lessonText(goal.text);
    const QString kind = QString::fromStdString(nw::layerRegistry().info(goal.layer).name);
    const bool one = goal.atLeast == 1.0 && !goal.atMost;
    switch (goal.kind) {
    case nw::GoalKind::Metric: return metricGoal(goal);
    case nw::GoalKind::Parameters: return GoalText::tr("Trainable parameters: %1").arg(bounds(goal, false));
    case nw::GoalKind::HiddenLayers: return GoalText::tr("Hidden layers: %1").arg(bounds(goal, false));
    case nw::GoalKind::Uses:
        if (goal.atMost && *goal.atMost == 0) return GoalText::tr("No %1 layer").arg(kind);
        if (!goal.atMost && (!goal.atLeast || *goal.atLeast <= 1))
            return GoalText::tr("Uses a %1 layer").arg(kind);
        return GoalText::tr("%1 layers: %2").arg(kind, bounds(goal, false));
    case nw::GoalKind::Valid: return GoalText::tr("The network has no problems");
    case nw::GoalKind::LossBelow:
        return goal.withinSteps > 0
                   ? GoalText::tr("The loss goes below %1 within %2 steps")
                         .arg(value(goal.atMost.value_or(0), false))
                         .arg(goal.withinSteps)
                   : GoalText::tr("The loss goes below %1").arg(value(goal.atMost.value_or(0), false));
    case nw::GoalKind::Setting:
        return goal.equals.empty()
                   ? GoalText::tr("%1 %2").arg(QString::fromStdString(goal.name), bounds(goal, false))
                   : GoalText::tr("%1 is %2")
                         .arg(QString::fromStdString(goal.name), QString::fromStdString(goal.equals));
    case nw::GoalKind::Trained:
        return (one ? GoalText::tr("Trained for %1 epoch") : GoalText::tr("Trained for %1 epochs"))
            .arg(bounds(goal, false));
    case nw::GoalKind::Steps:
        return (one ? GoalText::tr("Trained for %1 step") : GoalText::tr("Trained for %1 steps"))
            .arg(bounds(goal, false));
    case nw::GoalKind::Outcome: return GoalText::tr("The run ends %1").arg(outcomeWord(goal.outcome));
    case nw::GoalKind::Runs:
        return goal.name.empty() ? GoalText::tr("Runs: %1").arg(bounds(goal, false))
                                 : GoalText::tr("Runs with different %1: %2")
                                       .arg(QString::fromStdString(goal.name), bounds(goal, false));
    }
    return QString::fromStdString(nw::describeGoal(goal));
}

} // namespace nw::gui
