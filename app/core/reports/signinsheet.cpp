#include "signinsheet.h"

#include "csvwriter.h"
#include "event/event.h"
#include "reportgroups.h"
#include "reportpages.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>

namespace entre {
namespace {

using reportpages::Block;

// The texts of this file, in the context lupdate files them under.
struct SignInSheetText {
    Q_DECLARE_TR_FUNCTIONS(entre::SignInSheet)
};

constexpr qreal rowHeight = 30; // about a centimetre: room for a signature
constexpr qreal padding = 5;

// The left edge of each column and of the end, in points from the content's left.
struct Columns {
    QList<qreal> edges;
    QStringList titles;
};

Columns columns(bool withTitles)
{
    if (withTitles) {
        return {{0, 165, 315, reportpages::contentWidth},
                {SignInSheetText::tr("Name"), SignInSheetText::tr("Title"),
                 SignInSheetText::tr("Signature")}};
    }
    return {{0, 220, reportpages::contentWidth},
            {SignInSheetText::tr("Name"), SignInSheetText::tr("Signature")}};
}

void paintCells(QPainter& painter, const QRectF& box, const Columns& columns,
                const QStringList& texts, const QFont& font)
{
    painter.setPen(QPen(Qt::black, 0.6));
    painter.drawRect(box);
    painter.setFont(font);
    for (qsizetype i = 0; i + 1 < columns.edges.size(); ++i) {
        const QRectF cell(box.left() + columns.edges[i], box.top(),
                          columns.edges[i + 1] - columns.edges[i], box.height());
        if (i > 0)
            painter.drawLine(cell.topLeft(), cell.bottomLeft());
        const QRectF inside = cell.adjusted(padding, 1, -padding, -1);
        const QString text = texts.value(i);
        // A long title takes two lines of the row; anything longer is cut with an ellipsis.
        if (painter.fontMetrics().horizontalAdvance(text) <= inside.width() || i == 0) {
            painter.drawText(
                inside, Qt::AlignLeft | Qt::AlignVCenter,
                painter.fontMetrics().elidedText(text, Qt::ElideRight, int(inside.width())));
        } else {
            painter.setFont(reportpages::font(8));
            painter.drawText(inside, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, text);
            painter.setFont(font);
        }
    }
}

// The organisation's name, its type above it, and how many are on its sheet; "(continued)" on
// the pages after its first.
Block organisationHeading(const QString& type, const OrganisationGroup& organisation)
{
    Block block;
    block.height = 46;
    block.pageBefore = true;
    block.repeated = true;
    block.keepWithNext = true;
    const QString name = organisation.name;
    const QString count = SignInSheetText::tr("%1 registered").arg(organisation.people.size());
    block.paint = [type, name, count](QPainter& painter, const QRectF& box, bool again) {
        painter.setFont(reportpages::font(9));
        painter.setPen(Qt::darkGray);
        painter.drawText(QPointF(box.left(), box.top() + 12), type);
        painter.setPen(Qt::black);
        painter.setFont(reportpages::font(14, true));
        const QRectF line(box.left(), box.top() + 14, box.width(), 22);
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                         again ? SignInSheetText::tr("%1 (continued)").arg(name) : name);
        painter.setFont(reportpages::font(10));
        painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, count);
    };
    return block;
}

Block columnTitles(const Columns& columns)
{
    Block block;
    block.height = 20;
    block.repeated = true;
    block.keepWithNext = true;
    block.paint = [columns](QPainter& painter, const QRectF& box, bool) {
        painter.fillRect(box, QColor(0xee, 0xee, 0xee));
        paintCells(painter, box, columns, columns.titles, reportpages::font(9, true));
    };
    return block;
}

Block personRow(const Columns& columns, const Attendee& person, bool withTitles)
{
    Block block;
    block.height = rowHeight;
    QStringList texts{reportPersonName(person)};
    if (withTitles)
        texts.append(person.title);
    block.paint = [columns, texts](QPainter& painter, const QRectF& box, bool) {
        paintCells(painter, box, columns, texts, reportpages::font(10));
    };
    return block;
}

Block nobody()
{
    Block block;
    block.height = 30;
    block.paint = [](QPainter& painter, const QRectF& box, bool) {
        painter.setFont(reportpages::font(11));
        painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter,
                         SignInSheetText::tr("Nobody is registered yet."));
    };
    return block;
}

} // namespace

void paintSignInSheet(QPagedPaintDevice& device, const EventInfo& info,
                      const QList<Attendee>& people, const QDateTime& generatedAt)
{
    const bool withTitles = std::any_of(people.begin(), people.end(), [](const Attendee& person) {
        return !person.title.trimmed().isEmpty();
    });
    const Columns table = columns(withTitles);
    QList<Block> blocks;
    for (const TypeGroup& group : groupByTypeAndOrganisation(people)) {
        for (const OrganisationGroup& organisation : group.organisations) {
            blocks.append(organisationHeading(organisationTypeLabel(group.type), organisation));
            blocks.append(columnTitles(table));
            for (const Attendee& person : organisation.people)
                blocks.append(personRow(table, person, withTitles));
        }
    }
    if (blocks.isEmpty())
        blocks.append(nobody());
    reportpages::paint(device, {SignInSheetText::tr("Sign-in sheet"), info, generatedAt}, blocks);
}

QByteArray signInSheetPdf(const EventInfo& info, const QList<Attendee>& people,
                          const QDateTime& generatedAt)
{
    return reportpages::pdf(
        SignInSheetText::tr("Sign-in sheet") + QStringLiteral(" – ") + info.name,
        [&](QPagedPaintDevice& device) { paintSignInSheet(device, info, people, generatedAt); });
}

Result<void> exportSignInSheetPdf(const Event& event, const QString& path)
{
    auto people = event.attendees();
    if (!people)
        return people.error();
    return csvwriter::writePrivateFile(path, signInSheetPdf(event.info(), people.value()));
}

} // namespace entre
