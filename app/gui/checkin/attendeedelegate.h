#pragma once

#include <QStyledItemDelegate>

// One person per row, readable from a metre away: the name large, the organisation below it,
// and on the right a green mark with the time for those who have arrived.
class AttendeeDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    static QFont nameFont(const QFont& base);
};
