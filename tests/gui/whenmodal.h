#pragma once

#include <QApplication>
#include <QTimer>

#include <functional>

// Runs `handle` on the next modal widget of type T that opens: exec() returns only once it is
// closed, so it is looked for from a timer inside its event loop.
template <typename T>
void whenModal(std::function<void(T*)> handle)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, handle] {
        if (auto* widget = qobject_cast<T*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            handle(widget);
        }
    });
    timer->start();
}
